import { formatKpiValue } from '@citymaturity/charts';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Modal } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.js';
import {
  benefitMapQueryKey,
  conflictingKpi,
  createKpi,
  kpisQueryKey,
  updateKpi,
  type BenefitMap,
  type Kpi,
  type KpiInput,
} from '../../../api/programme-benefits.js';
import type { ConflictRow } from '../../../components/ConflictAlert.js';
import { errorMessage } from '../../../components/ErrorAlert.js';
import { useLang } from '../../../components/lang.js';
import { useProgramme } from '../useProgramme.js';
import { WorkspaceConflict } from '../workspace-edit/WorkspaceConflict.js';
import { kpiFormIssues, kpiFormValues, kpiInputOf, type KpiFormValues } from './benefit-logic.js';
import { KpiFields } from './KpiFields.js';

/**
 * Adds a KPI, or changes one from the version shown when editing began (`If-Match`), in a dialog:
 * the API's refusals by field; when someone saved the KPI meanwhile, theirs next to yours.
 */
export function KpiForm({
  kpi,
  map,
  names,
  onClose,
}: {
  kpi: Kpi | undefined;
  map: BenefitMap;
  names: ReadonlyMap<string, string>;
  onClose: () => void;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { message } = App.useApp();
  const client = useQueryClient();
  const { organisationId } = useProgramme();
  const [form] = Form.useForm<KpiFormValues>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [trajectoryError, setTrajectoryError] = useState<string>();
  const [theirs, setTheirs] = useState<Kpi | null>();
  const [yours, setYours] = useState<KpiInput>();
  const initial = useMemo(() => kpiFormValues(kpi), [kpi]);

  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: kpisQueryKey(organisationId) }),
      client.invalidateQueries({ queryKey: benefitMapQueryKey(organisationId) }),
    ]);

  const save = async (input: KpiInput, version: number | undefined) => {
    setBusy(true);
    setProblem(undefined);
    setTrajectoryError(undefined);
    try {
      const saved =
        kpi && version !== undefined
          ? await updateKpi(organisationId, kpi.id, input, version)
          : await createKpi(organisationId, input);
      void message.success(
        t(kpi ? 'benefits.kpiSaved' : 'benefits.kpiAdded', { name: saved.name }),
      );
      await refresh();
      onClose();
    } catch (error) {
      const stored = conflictingKpi(error);
      if (stored !== undefined) {
        setTheirs(stored);
        setYours(input);
        void refresh();
        return;
      }
      if (error instanceof ApiError) {
        const issues = kpiFormIssues(error.issues);
        form.setFields(issues.fields);
        if (issues.trajectory.length > 0) setTrajectoryError(issues.trajectory.join(' '));
      }
      setProblem(errorMessage(error, t('common:errors.unknown')));
    } finally {
      setBusy(false);
    }
  };

  const describe = (k: KpiInput): Record<string, string> => {
    const point = (p: { on: string; value: number }) => `${p.on}: ${formatKpiValue(p.value, lang)}`;
    return {
      name: k.name,
      unit: k.unit,
      indicator: k.indicator
        ? `${t(`benefits.schemes.${k.indicator.scheme}`)} · ${k.indicator.code}`
        : '',
      direction: t(`benefits.directions.${k.direction}`),
      baseline: k.baseline ? point(k.baseline) : '',
      successCriterion: k.successCriterion,
      trajectory: k.trajectory.map(point).join('\n'),
      owner: k.owner,
      measures: k.benefitNodeId ? (names.get(k.benefitNodeId) ?? '') : '',
    };
  };
  const rows = (mine: KpiInput, stored: Kpi | null): ConflictRow[] => {
    const a = describe(mine);
    const b = stored ? describe(stored) : undefined;
    return Object.keys(a).map((key) => ({
      key,
      label: t(`benefits.fields.${key}`),
      theirs: b?.[key] ?? '',
      yours: a[key] ?? '',
    }));
  };

  return (
    <Modal
      open
      title={kpi ? t('benefits.editKpiTitle', { name: kpi.name }) : t('benefits.addKpiTitle')}
      width={760}
      okText={t('workspaceEdit.save')}
      cancelText={t('workspaceEdit.cancel')}
      okButtonProps={{ loading: busy }}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
      destroyOnHidden
    >
      {theirs !== undefined && yours && (
        <WorkspaceConflict
          name={kpi?.name ?? yours.name}
          stored={theirs}
          busy={busy}
          rows={rows(yours, theirs)}
          onTakeTheirs={onClose}
          onOverwrite={() => {
            void save(yours, theirs?.version);
          }}
        />
      )}
      {problem && theirs === undefined && (
        <Alert type="error" showIcon role="alert" title={problem} className="cm-rm-problem" />
      )}
      <Form<KpiFormValues>
        form={form}
        name={kpi ? `kpi-${kpi.id}` : 'new-kpi'}
        layout="vertical"
        className="cm-rm-form"
        initialValues={initial}
        disabled={busy}
        onFinish={(values) => {
          void save(kpiInputOf(values), kpi?.version);
        }}
      >
        <KpiFields map={map} names={names} trajectoryError={trajectoryError} />
      </Form>
    </Modal>
  );
}
