import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { Form, type FormInstance, type FormProps } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
import type { UpdatedBy } from '../../../api/programme-components.js';
import { fieldErrors } from '../../../components/form-errors.js';
import { conflictRows } from '../workspace-edit/edit-logic.js';
import { FormActions } from '../workspace-edit/FormActions.js';
import { useGuardedSave } from '../workspace-edit/useGuardedSave.js';
import { WorkspaceConflict } from '../workspace-edit/WorkspaceConflict.js';

/** A row of a register as the API gives it: its input's fields and its version. */
type RegisterRow<Input> = Input & {
  id: string;
  version: number;
  updatedAt: string;
  updatedBy: UpdatedBy;
};

/**
 * Records a row of a register (a risk, a stakeholder) or changes one from the version it showed
 * (`If-Match`), in a section whose heading takes the focus: the API's field problems go to their
 * fields; a row saved meanwhile is shown as theirs against yours, field by field (saving again
 * saves over theirs, or records yours anew if it was deleted).
 */
export function RegisterForm<Values, Input, Row extends RegisterRow<Input>, Field extends string>({
  id,
  title,
  name,
  form,
  base,
  conflictCode,
  queryKey,
  fields,
  label,
  describe,
  toInput,
  initialValues,
  create,
  update,
  saved,
  submit,
  onClose,
  children,
}: {
  /** The id of the section's heading. */
  id: string;
  title: string;
  /** The row's name, for the conflict table's caption. */
  name: string;
  form: FormInstance<Values>;
  /** The row changed; undefined for a new one. */
  base: Row | undefined;
  conflictCode: string;
  queryKey: QueryKey;
  /** The fields, in the form's order (for the API's problems and the conflict table). */
  fields: readonly Field[];
  label: (field: Field) => string;
  /** The fields as text, for the conflict table. */
  describe: (input: Input) => Record<Field, string>;
  toInput: (values: Values) => Input;
  initialValues: FormProps<Values>['initialValues'];
  create: (input: Input) => Promise<Row>;
  update: (rowId: string, input: Input, version: number) => Promise<Row>;
  /** Said once saved (`created`: recorded anew). */
  saved: (row: Row, created: boolean) => string;
  /** The submit button's text: changing a row, and recording one. */
  submit: { change: string; add: string };
  /** Closes the form, with the row to show (saved, or theirs). */
  onClose: (shown: Row | undefined) => void;
  children: ReactNode;
}) {
  const client = useQueryClient();
  const guard = useGuardedSave<Row>(conflictCode);
  const heading = useRef<HTMLHeadingElement>(null);
  const refresh = () => client.invalidateQueries({ queryKey });

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const save = (values: Values) => {
    const input = toInput(values);
    return guard.run(
      (version) => (base && version ? update(base.id, input, version) : create(input)),
      guard.versionFrom(base?.version ?? 0),
      {
        refresh,
        saved,
        onSaved: onClose,
        onError: (error) => {
          // Field is a name of Values, which the generic types cannot show.
          (form as FormInstance).setFields(fieldErrors(error, fields));
        },
      },
    );
  };

  return (
    <section aria-labelledby={id} className="cm-rv-editor">
      <h2 id={id} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <WorkspaceConflict
        guard={guard}
        name={name}
        words="reviewTool"
        rows={(theirs) =>
          conflictRows(
            fields,
            label,
            describe(toInput(form.getFieldsValue(true) as Values)),
            theirs ? describe(theirs) : undefined,
          )
        }
        onTakeTheirs={(theirs) => {
          onClose(theirs ?? undefined);
        }}
        onOverwrite={() => {
          form.submit();
        }}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        className="cm-rv-form"
        aria-labelledby={id}
        initialValues={initialValues}
        onFinish={(values) => void save(values)}
      >
        {children}
        <FormActions
          guard={guard}
          submit={base && guard.conflict?.stored !== null ? submit.change : submit.add}
          onCancel={() => {
            onClose(undefined);
          }}
        />
      </Form>
    </section>
  );
}
