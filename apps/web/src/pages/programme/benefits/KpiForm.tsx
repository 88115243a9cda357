import { formatKpiValue } from '@citymaturity/charts';
import { useQueryClient } from '@tanstack/react-query';
import { Form } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.js';
import {
  benefitMapQueryKey,
  createKpi,
  kpiConflictCode,
  kpisQueryKey,
  updateKpi,
  type BenefitMap,
  type Kpi,
  type KpiInput,
} from '../../../api/programme-benefits.js';
import { useLang } from '../../../components/lang.js';
import { useProgramme } from '../useProgramme.js';
import { conflictRows } from '../workspace-edit/edit-logic.js';
import { EditModal } from '../workspace-edit/EditModal.js';
import { useGuardedSave } from '../workspace-edit/useGuardedSave.js';
import { WorkspaceConflict } from '../workspace-edit/WorkspaceConflict.js';
import { kpiFormIssues, kpiFormValues, kpiInputOf, type KpiFormValues } from './benefit-logic.js';
import { KpiFields } from './KpiFields.js';

const compared = [
  'name',
  'unit',
  'indicator',
  'direction',
  'baseline',
  'successCriterion',
  'trajectory',
  'owner',
  'measures',
] as const;

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
  const client = useQueryClient();
  const { organisationId } = useProgramme();
  const [form] = Form.useForm<KpiFormValues>();
  const guard = useGuardedSave<Kpi>(kpiConflictCode, { inlineProblem: true });
  const [trajectoryError, setTrajectoryError] = useState<string>();
  const initial = useMemo(() => kpiFormValues(kpi), [kpi]);

  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: kpisQueryKey(organisationId) }),
      client.invalidateQueries({ queryKey: benefitMapQueryKey(organisationId) }),
    ]);

  const submit = (values: KpiFormValues) => {
    const input = kpiInputOf(values);
    setTrajectoryError(undefined);
    void guard.run(
      (version) =>
        kpi && version
          ? updateKpi(organisationId, kpi.id, input, version)
          : createKpi(organisationId, input),
      guard.versionFrom(kpi?.version ?? 0),
      {
        refresh,
        saved: (saved, created) =>
          t(created ? 'benefits.kpiAdded' : 'benefits.kpiSaved', { name: saved.name }),
        onSaved: onClose,
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          const issues = kpiFormIssues(error.issues);
          form.setFields(issues.fields);
          if (issues.trajectory.length > 0) setTrajectoryError(issues.trajectory.join(' '));
        },
      },
    );
  };

  const describe = (k: KpiInput): Record<(typeof compared)[number], string> => {
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
  const yours = () => kpiInputOf(form.getFieldsValue(true) as KpiFormValues);

  return (
    <EditModal<KpiFormValues>
      title={kpi ? t('benefits.editKpiTitle', { name: kpi.name }) : t('benefits.addKpiTitle')}
      width={760}
      form={form}
      name={kpi ? `kpi-${kpi.id}` : 'new-kpi'}
      initialValues={initial}
      guard={guard}
      conflict={
        <WorkspaceConflict
          guard={guard}
          name={kpi?.name ?? ''}
          rows={(theirs) =>
            conflictRows(
              compared,
              (field) => t(`benefits.fields.${field}`),
              describe(yours()),
              theirs ? describe(theirs) : undefined,
            )
          }
          onTakeTheirs={onClose}
          onOverwrite={() => {
            form.submit();
          }}
        />
      }
      onFinish={submit}
      onClose={onClose}
    >
      <KpiFields map={map} names={names} trajectoryError={trajectoryError} />
    </EditModal>
  );
}
