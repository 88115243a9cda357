import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { CliError, exitCodes } from './cli-error.js';
import { backupCommand, restoreCommand } from './commands/backup.js';
import { x } from './commands/exchange-strings.js';
import { formCommand } from './commands/form.js';
import { formImportCommand, formImportMethods } from './commands/form-import.js';
import { modelCommand } from './commands/model.js';
import { packCheckCommand } from './commands/pack-check.js';
import { schemaCommand } from './commands/schema.js';
import { serveCommand } from './commands/serve.js';
import { scoreCommand } from './commands/score.js';
import { templateCommand } from './commands/template.js';
import { validateCommand } from './commands/validate.js';
import { parseVerificationSubject, verifyCommand } from './commands/verify.js';
import { detectLanguage, t, type Lang } from './i18n.js';
import { processOutput, type Output } from './output.js';

const version = '0.1.0';

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number ≥ 1');
  return n;
}

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new InvalidArgumentError('YYYY-MM-DD');
  return value;
}

/** Builds the command tree with its help in the chosen language. */
function buildProgram(
  lang: Lang,
  out: Output,
  setExit: (code: number) => void,
  env: NodeJS.ProcessEnv,
): Command {
  const langOption = () =>
    new Option('--lang <lang>', t('optLang', lang)).choices(['zh', 'en']).default(lang);
  const program = new Command('citymaturity')
    .description(t('description', lang))
    .version(version, '-V, --version', t('versionOption', lang))
    .helpOption('-h, --help', t('helpOption', lang))
    .helpCommand('help [command]', t('helpCommand', lang))
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => {
        out.stdout(s.trimEnd());
      },
      writeErr: (s) => {
        out.stderr(s.trimEnd());
      },
    });

  program
    .command('template')
    .description(t('cmdTemplate', lang))
    .addOption(langOption())
    .addOption(
      new Option('--format <format>', t('optFormat', lang))
        .choices(['yaml', 'json'])
        .default('yaml'),
    )
    .addOption(new Option('--model <id>', t('optModel', lang)).default('mmssc'))
    .action(async (o: { lang: Lang; format: 'yaml' | 'json'; model: string }) => {
      setExit(await templateCommand(o, out));
    });

  program
    .command('validate')
    .description(t('cmdValidate', lang))
    .argument('<file>', t('argFile', lang))
    .addOption(langOption())
    .option('--json', t('optJson', lang))
    .action(async (file: string, o: { lang: Lang; json?: boolean }) => {
      setExit(await validateCommand(file, o, out));
    });

  program
    .command('score')
    .description(t('cmdScore', lang))
    .argument('<file>', t('argFile', lang))
    .addOption(langOption())
    .option('--json', t('optJson', lang))
    .option('--top <n>', t('optTop', lang), positiveInteger, 5)
    .option('--min-group-size <n>', t('optMinGroup', lang), positiveInteger, 1)
    .action(
      async (
        file: string,
        o: { lang: Lang; json?: boolean; top: number; minGroupSize: number },
      ) => {
        setExit(await scoreCommand(file, o, out));
      },
    );

  program
    .command('model')
    .description(t('cmdModel', lang))
    .addOption(langOption())
    .addOption(
      new Option('--pack <pack>', t('optPack', lang)).choices(['mmssc', 'scom']).default('mmssc'),
    )
    .option('--json', t('optJson', lang))
    .action(async (o: { lang: Lang; pack: 'mmssc' | 'scom'; json?: boolean }) => {
      setExit(await modelCommand(o, out));
    });

  program
    .command('serve')
    .description(t('cmdServe', lang))
    .option('--demo', t('optDemo', lang))
    .option('--port <port>', t('optPort', lang), positiveInteger)
    .action(async (o: { demo?: boolean; port?: number }) => {
      setExit(await serveCommand(o, out));
    });

  program
    .command('verify')
    .description(t('cmdVerify', lang))
    .argument('<assessment-id|digest>', t('argIdOrDigest', lang), parseVerificationSubject(lang))
    .addOption(langOption())
    .option('--json', t('optJson', lang))
    .action(
      async (
        subject: { assessmentId: string } | { digest: string },
        o: { lang: Lang; json?: boolean },
      ) => {
        setExit(await verifyCommand(subject, o, out, env));
      },
    );

  program
    .command('schema')
    .description(t('cmdSchema', lang))
    .addOption(
      new Option('--format <format>', x('optSchemaFormat', lang))
        .choices(['assessment', 'results'])
        .default('assessment'),
    )
    .action((o: { format: 'assessment' | 'results' }) => {
      setExit(schemaCommand(out, o.format));
    });

  program
    .command('form')
    .description(x('cmdForm', lang))
    .addOption(langOption())
    .addOption(new Option('--model <id>', t('optModel', lang)).default('mmssc'))
    .requiredOption('-o, --output <file>', x('optOutput', lang))
    .action(async (o: { lang: Lang; model: string; output: string }) => {
      setExit(await formCommand(o, out));
    });

  program
    .command('form-import')
    .description(x('cmdFormImport', lang))
    .argument('<files...>', x('argForms', lang))
    .addOption(langOption())
    .addOption(
      new Option('--format <format>', x('optDocFormat', lang))
        .choices(['yaml', 'json'])
        .default('yaml'),
    )
    .option('-o, --output <file>', x('optOutputOptional', lang))
    .option('--city <name>', x('optCity', lang))
    .option('--title <title>', x('optTitle', lang))
    .addOption(new Option('--method <method>', x('optMethod', lang)).choices(formImportMethods))
    .option('--date <date>', x('optDate', lang), isoDate)
    .action(async (files: string[], o: Parameters<typeof formImportCommand>[1]) => {
      setExit(await formImportCommand(files, o, out));
    });

  program
    .command('backup')
    .description(x('cmdBackup', lang))
    .addOption(langOption())
    .requiredOption('--organisation <id|name>', x('optOrganisation', lang))
    .requiredOption('-o, --output <file>', x('optOutput', lang))
    .option('--include-credentials', x('optCredentials', lang))
    .action(
      async (o: {
        lang: Lang;
        organisation: string;
        output: string;
        includeCredentials?: boolean;
      }) => {
        setExit(await backupCommand(o, out, env));
      },
    );

  program
    .command('restore')
    .description(x('cmdRestore', lang))
    .argument('<file>', x('argBackup', lang))
    .addOption(langOption())
    .action(async (file: string, o: { lang: Lang }) => {
      setExit(await restoreCommand(file, o, out, env));
    });

  program
    .command('pack-check')
    .description(t('cmdPackCheck', lang))
    .argument('<paths...>', t('argPackPaths', lang))
    .addOption(langOption())
    .option('--partial', t('optPartial', lang))
    .action(async (paths: string[], o: { lang: Lang; partial?: boolean }) => {
      setExit(await packCheckCommand(paths, o, out));
    });
  return program;
}

/**
 * Runs the command line and returns the exit code: 0 success, 1 bad input (with a message),
 * 2 wrong usage (with help). Never lets an exception escape as a stack trace.
 */
export async function main(
  argv: readonly string[],
  out: Output = processOutput,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const lang = detectLanguage(argv, env);
  let exitCode: number = exitCodes.ok;
  const program = buildProgram(
    lang,
    out,
    (code) => {
      exitCode = code;
    },
    env,
  );
  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return exitCodes.usage;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with exitCode 0; anything else is wrong usage.
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
    }
    if (error instanceof CliError) {
      out.stderr(error.message);
      return error.exitCode;
    }
    out.stderr(
      `${t('internalError', lang)}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return exitCodes.badInput;
  }
}
