import { Col, Flex, Form, InputNumber, Progress, Row, Statistic, Tag, Typography, type FormInstance } from 'antd';
import { handlingOf, speedUpRate } from '@core/catalog/time-limits';
import { defaultYellowThreshold } from '@core/clock/warning';
import { useT } from '@/lib/i18n';
import type { EditorValues } from '../../utils/item-form-values';
import { formatRate } from '../../utils/labels';

const asDays = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** 时限: statutory and promised workdays, the speed-up rate worked out as they are typed, warnings and the supplement period. */
export function TimeSection({ form }: { form: FormInstance<EditorValues> }) {
  const t = useT();
  const statutory = asDays(Form.useWatch('statutoryDays', form));
  const promised = asDays(Form.useWatch('promisedDays', form));
  const rate = speedUpRate(statutory, promised);
  const instant = handlingOf(promised) === 'instant';
  const days = <span style={{ color: '#5b6b82' }}>{t('catalog.time.workdays')}</span>;

  return (
    <Row gutter={[24, 8]}>
      <Col xs={24} lg={14}>
        <Row gutter={16}>
          <Col xs={12}>
            <Form.Item name="statutoryDays" label={t('catalog.time.statutory')} rules={[{ required: true, message: t('common.required') }]}>
              <InputNumber min={0} max={3650} precision={0} suffix={days} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              name="promisedDays"
              label={t('catalog.time.promised')}
              extra={t('catalog.time.instantHelp')}
              dependencies={['statutoryDays']}
              rules={[
                { required: true, message: t('common.required') },
                ({ getFieldValue }) => ({
                  warningOnly: true,
                  validator: (_, value: unknown) =>
                    asDays(value) > asDays(getFieldValue('statutoryDays')) ? Promise.reject(new Error(t('catalog.time.promisedOver'))) : Promise.resolve(),
                }),
              ]}
            >
              <InputNumber min={0} max={3650} precision={0} suffix={days} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="yellowThreshold" label={t('catalog.time.yellow')} extra={t('catalog.time.yellowHelp', { value: defaultYellowThreshold(promised) })}>
              <InputNumber min={1} max={3650} precision={0} placeholder={String(defaultYellowThreshold(promised))} suffix={days} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="correctionDays" label={t('catalog.time.correctionDays')} extra={t('catalog.time.correctionHelp')}>
              <InputNumber min={1} max={365} precision={0} placeholder="20" suffix={days} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Col>
      <Col xs={24} lg={10}>
        <div style={{ background: '#f5f8fd', border: '1px solid #e1e8f5', borderRadius: 8, padding: 20 }} data-testid="speed-up">
          <Flex justify="space-between" align="flex-start">
            <Statistic title={t('catalog.time.speedUp')} value={formatRate(rate)} styles={{ content: { color: '#1a4fa0', fontSize: 32 } }} />
            <Tag color={instant ? 'green' : 'blue'} style={{ fontSize: 14, padding: '2px 10px', marginInlineEnd: 0 }}>
              {t(instant ? 'catalog.time.instant' : 'catalog.time.promisedItem')}
            </Tag>
          </Flex>
          <Progress percent={rate === null ? 0 : Math.max(0, Math.round(rate * 100))} showInfo={false} strokeColor="#1a4fa0" status={rate !== null && rate < 0 ? 'exception' : 'normal'} />
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {rate === null
              ? t('catalog.time.speedUpNone')
              : `${t('catalog.time.speedUpFormula')} = (${statutory} − ${promised}) ÷ ${statutory}`}
          </Typography.Text>
        </div>
      </Col>
    </Row>
  );
}
