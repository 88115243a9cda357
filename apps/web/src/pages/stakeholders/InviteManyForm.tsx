import { invitationValidity } from '@citymaturity/core';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Typography } from 'antd';
import { useEffect, useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.js';
import {
  invitationsPath,
  type CsvProblem,
  type IssuedInvitation,
  type StakeholderGroup,
} from '../../api/stakeholders.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import { useLang, type Lang } from '../../components/lang.js';
import { CsvPreview } from './CsvPreview.js';
import { csvProblemsOf } from './csv-problems.js';
import { CsvProblems } from './CsvProblems.js';
import { GroupNamesHelp } from './GroupNamesHelp.js';
import {
  decodeListFile,
  downloadText,
  invitationListLimits,
  parseList,
  templateCsv,
} from './invitation-lists.js';
import { useRefreshStakeholders } from './useRefreshStakeholders.js';
import { ValidDaysField } from './ValidDaysField.js';

/** The template's example rows: three people in three of the groups, named in the template's language. */
function templateFor(lang: Lang, groups: readonly StakeholderGroup[]) {
  const group = (i: number) => groups[i]?.name[lang] ?? groups[0]?.name[lang] ?? '';
  return lang === 'zh'
    ? templateCsv({
        header: ['姓名', '邮箱', '群体'],
        examples: [
          ['张伟', 'zhang.wei@example.org', group(0)],
          ['李娜', '', group(4)],
          ['王芳', 'wang.fang@example.org', group(5)],
        ],
      })
    : templateCsv({
        header: ['name', 'email', 'group'],
        examples: [
          ['Alex Smith', 'alex.smith@example.org', group(0)],
          ['Sam Lee', '', group(4)],
          ['Jo Brown', 'jo.brown@example.org', group(5)],
        ],
      });
}

/**
 * Invites the stakeholders of a list: a CSV file chosen or pasted, shown as read before anything is
 * sent; all or nothing, the server's problems listed by line and column and marked in the preview.
 */
export function InviteManyForm({
  organisationId,
  assessmentId,
  groups,
  onIssued,
}: {
  organisationId: string;
  assessmentId: string;
  groups: readonly StakeholderGroup[];
  onIssued: (issued: IssuedInvitation[]) => void;
}) {
  const { t } = useTranslation('stakeholders');
  const uiLang = useLang();
  const { message } = App.useApp();
  const refresh = useRefreshStakeholders(organisationId, assessmentId);
  const [form] = Form.useForm<{ validDays: number }>();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<{ title: string; problems: CsvProblem[]; text: string }>();
  const problemsBox = useRef<HTMLDivElement>(null);
  const fileId = useId();
  const textId = useId();
  const rows = useMemo(() => parseList(text), [text]);
  const people = Math.max(0, rows.length - 1);
  const tooLong = text.length > invitationListLimits.characters;
  const tooMany = people > invitationListLimits.rows;
  const messageOf = (p: CsvProblem) => p.message[uiLang];

  useEffect(() => {
    if (refused) problemsBox.current?.focus();
  }, [refused]);

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      setText(decodeListFile(new Uint8Array(await file.arrayBuffer())));
      setRefused(undefined);
    } catch {
      void message.error(t('csv.fileUnreadable', { name: file.name }));
    }
  };

  const submit = async ({ validDays }: { validDays: number }) => {
    setBusy(true);
    try {
      const issued = await post<IssuedInvitation[]>(
        `${invitationsPath(organisationId, assessmentId)}/import`,
        { csv: text, validDays },
      );
      setRefused(undefined);
      setText('');
      onIssued(issued);
      void message.success(t('csv.done', { count: issued.length }));
      await refresh();
    } catch (e) {
      const problems = csvProblemsOf(e);
      if (problems) setRefused({ title: errorMessage(e, ''), problems, text });
      else void message.error(errorMessage(e, t('common:errors.unknown')));
    } finally {
      setBusy(false);
    }
  };

  const template = (lang: Lang) => {
    downloadText(
      t(lang === 'zh' ? 'csv.templateFileZh' : 'csv.templateFileEn'),
      templateFor(lang, groups),
    );
  };

  return (
    <>
      <Typography.Title level={3} id="invite-many-title">
        {t('csv.title')}
      </Typography.Title>
      <Typography.Paragraph>
        {t('csv.intro', { max: invitationListLimits.rows })}
      </Typography.Paragraph>
      <div className="cm-actions cm-sh-gap">
        <Button
          icon={<DownloadOutlined aria-hidden />}
          onClick={() => {
            template('zh');
          }}
        >
          {t('csv.templateZh')}
        </Button>
        <Button
          icon={<DownloadOutlined aria-hidden />}
          onClick={() => {
            template('en');
          }}
        >
          {t('csv.templateEn')}
        </Button>
      </div>
      <GroupNamesHelp groups={groups} />
      <Form
        form={form}
        name="invite-many"
        layout="vertical"
        aria-labelledby="invite-many-title"
        initialValues={{ validDays: invitationValidity.defaultDays }}
        onFinish={(values) => void submit(values)}
        disabled={busy}
      >
        <div className="cm-sh-file">
          <label htmlFor={fileId} className="cm-sh-file-label">
            <UploadOutlined aria-hidden /> {t('csv.chooseFile')}
          </label>
          <input
            id={fileId}
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values"
            className="cm-sh-file-input"
            onChange={(e) => void readFile(e)}
          />
        </div>
        <Form.Item label={t('csv.paste')} htmlFor={textId} extra={t('csv.pasteHint')}>
          <Input.TextArea
            id={textId}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
            }}
            autoSize={{ minRows: 5, maxRows: 14 }}
            spellCheck={false}
            className="cm-sh-csv-text"
            placeholder={'name,email,group\nAlex Smith,alex.smith@example.org,Residents'}
          />
        </Form.Item>
        {refused && (
          <CsvProblems
            ref={problemsBox}
            title={refused.title}
            problems={refused.problems}
            stale={refused.text !== text}
          />
        )}
        {rows.length > 0 && (
          <CsvPreview
            rows={rows}
            problems={refused && refused.text === text ? refused.problems : []}
            messageOf={messageOf}
          />
        )}
        {(tooLong || tooMany) && (
          <p role="alert" className="cm-sh-error-text">
            {t('csv.tooBig', { max: invitationListLimits.rows })}
          </p>
        )}
        <ValidDaysField />
        <Button
          type="primary"
          htmlType="submit"
          loading={busy}
          disabled={people === 0 || tooLong || tooMany}
        >
          {people === 0 ? t('csv.submitEmpty') : t('csv.submit', { count: people })}
        </Button>
      </Form>
    </>
  );
}
