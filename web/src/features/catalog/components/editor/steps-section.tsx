import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, InfoCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Flex, Form, Input, InputNumber, Radio, Row, Select, Switch, Tag, Tooltip, Typography, type FormInstance } from 'antd';
import { JOINS, STEP_KINDS, STEP_ROLES } from '@core/catalog/vocabulary';
import { stepDaysTotal } from '@core/catalog/time-limits';
import { useT } from '@/lib/i18n';
import type { EditorValues, StepValues } from '../../utils/item-form-values';
import { PATTERNS } from '../../utils/patterns';
import { DepartmentPicker } from '../department-picker';

const KIND_COLOR = { review: 'blue', decide: 'purple', parallel: 'cyan' } as const;

function RoleSelect(props: { value?: string; onChange?: (value: string) => void; id?: string }) {
  const t = useT();
  return <Select {...props} options={STEP_ROLES.map((r) => ({ value: r.role, label: t(`role.${r.role}`) }))} popupMatchSelectWidth={false} />;
}

/** The branches of a parallel step (department + role each), its lead among them, the join and 缺席默认. */
function ParallelFields({ name }: { name: number }) {
  const t = useT();
  const branches = (Form.useWatch(['steps', name, 'branches']) ?? []) as { departmentId?: string }[];
  const branchIds = branches.map((b) => b.departmentId).filter((id): id is string => Boolean(id));
  return (
    <>
      <Form.Item label={t('catalog.steps.branches')} required style={{ marginBottom: 12 }}>
        <Form.List name={[name, 'branches']}>
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((field) => (
                <Row key={field.key} gutter={8} wrap={false} align="top">
                  <Col flex="auto">
                    <Form.Item name={[field.name, 'departmentId']} style={{ marginBottom: 0 }} rules={[{ required: true, message: t('common.required') }]}>
                      <DepartmentPicker placeholder={t('catalog.steps.department')} />
                    </Form.Item>
                  </Col>
                  <Col flex="180px">
                    <Form.Item name={[field.name, 'role']} style={{ marginBottom: 0 }}>
                      <RoleSelect />
                    </Form.Item>
                  </Col>
                  <Col flex="40px">
                    <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('catalog.steps.remove')} onClick={() => remove(field.name)} />
                  </Col>
                </Row>
              ))}
              <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({ role: 'handler' })} style={{ alignSelf: 'flex-start' }}>
                {t('catalog.steps.addBranch')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Form.Item name={[name, 'departmentId']} label={t('catalog.steps.lead')} extra={t('catalog.steps.leadHelp')} rules={[{ required: true, message: t('common.required') }]}>
            <DepartmentPicker only={branchIds} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={[name, 'join']} label={t('catalog.steps.join')}>
            <Radio.Group options={JOINS.map((j) => ({ value: j, label: t(`catalog.steps.join.${j}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name={[name, 'absentMeansConsent']} label={t('catalog.steps.absentMeansConsent')} valuePropName="checked" extra={t('catalog.steps.absentHelp')}>
            <Switch />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

/** 办理流程: ordered steps (review, decide, or parallel with branches), with the step days counted live against the promise. */
export function StepsSection({ form, problems }: { form: FormInstance<EditorValues>; problems: ReadonlyMap<number, string[]> }) {
  const t = useT();
  const steps = (Form.useWatch('steps', form) ?? []) as StepValues[];
  const promised = (Form.useWatch('promisedDays', form) as number | null | undefined) ?? 0;
  const total = stepDaysTotal(steps.map((s) => ({ workdays: typeof s?.workdays === 'number' ? s.workdays : 0 })));
  const over = total > promised;
  const required = { required: true, whitespace: true, message: t('common.required') };

  return (
    <Form.List name="steps">
      {(fields, { add, remove, move }) => (
        <Flex vertical gap={12}>
          {fields.length === 0 && <Typography.Text type="secondary">{t('catalog.steps.empty')}</Typography.Text>}
          {fields.map((field, index) => {
            const kind = steps[field.name]?.kind ?? 'review';
            const stepProblems = problems.get(field.name) ?? [];
            return (
              <div
                key={field.key}
                data-testid={`step-${index}`}
                style={{ border: `1px solid ${stepProblems.length ? '#ffccc7' : '#e6eaf0'}`, borderRadius: 8, padding: '12px 16px 0', background: '#fcfdff' }}
              >
                <Flex justify="space-between" align="center" style={{ marginBottom: 12 }} gap={8} wrap>
                  <Flex align="center" gap={8}>
                    <span style={{ width: 26, height: 26, borderRadius: 13, background: '#1a4fa0', color: '#fff', display: 'grid', placeItems: 'center', fontWeight: 600 }}>{index + 1}</span>
                    <Tag color={KIND_COLOR[kind]}>{t(`catalog.steps.kind.${kind}`)}</Tag>
                  </Flex>
                  <Flex gap={4}>
                    <Tooltip title={t('catalog.steps.moveUp')}>
                      <Button type="text" icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={t('catalog.steps.moveUp')} />
                    </Tooltip>
                    <Tooltip title={t('catalog.steps.moveDown')}>
                      <Button type="text" icon={<ArrowDownOutlined />} disabled={index === fields.length - 1} onClick={() => move(index, index + 1)} aria-label={t('catalog.steps.moveDown')} />
                    </Tooltip>
                    <Tooltip title={t('catalog.steps.remove')}>
                      <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('catalog.steps.remove')} />
                    </Tooltip>
                  </Flex>
                </Flex>
                {stepProblems.length > 0 && (
                  <Alert type="error" showIcon title={t('catalog.steps.problem')} description={stepProblems.join('；')} style={{ marginBottom: 12 }} />
                )}
                <Row gutter={16}>
                  <Col xs={24} md={9}>
                    <Form.Item name={[field.name, 'name']} label={t('catalog.steps.name')} rules={[required]}>
                      <Input maxLength={50} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={5}>
                    <Form.Item name={[field.name, 'key']} label={t('catalog.steps.key')} validateFirst rules={[required, { pattern: PATTERNS.stepKey, message: t('catalog.steps.keyInvalid') }]}>
                      <Input maxLength={40} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={6}>
                    <Form.Item name={[field.name, 'kind']} label={t('catalog.steps.kind')}>
                      <Select options={STEP_KINDS.map((k) => ({ value: k, label: t(`catalog.steps.kind.${k}`) }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={4}>
                    <Form.Item name={[field.name, 'workdays']} label={t('catalog.steps.workdays')} rules={[{ required: true, message: t('common.required') }]}>
                      <InputNumber min={0} max={365} precision={0} suffix={t('catalog.time.workdays')} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                </Row>
                {kind === 'parallel' ? (
                  <ParallelFields name={field.name} />
                ) : (
                  <Row gutter={16}>
                    <Col xs={24} md={14}>
                      <Form.Item name={[field.name, 'departmentId']} label={t('catalog.steps.department')} rules={[{ required: true, message: t('common.required') }]}>
                        <DepartmentPicker />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={10}>
                      <Form.Item name={[field.name, 'role']} label={t('catalog.steps.role')} rules={[{ required: true, message: t('common.required') }]}>
                        <RoleSelect />
                      </Form.Item>
                    </Col>
                  </Row>
                )}
              </div>
            );
          })}
          <Flex justify="space-between" align="center" wrap gap={12}>
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              data-testid="add-step"
              onClick={() => add({ key: `step${fields.length + 1}`, name: '', kind: 'review', workdays: 1, role: 'handler', join: 'all', absentMeansConsent: false, branches: [] })}
            >
              {t('catalog.steps.add')}
            </Button>
            <Flex align="center" gap={6} data-testid="steps-total">
              <Typography.Text type={over ? 'danger' : 'secondary'} strong={over}>
                {t(over ? 'catalog.steps.totalOver' : 'catalog.steps.total', { total, promised })}
              </Typography.Text>
              <Tooltip title={t('catalog.steps.parallelCountsOnce')}>
                <InfoCircleOutlined style={{ color: '#8a94a6' }} />
              </Tooltip>
            </Flex>
          </Flex>
        </Flex>
      )}
    </Form.List>
  );
}
