import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Flex, Form, Input, InputNumber, Radio, Row } from 'antd';
import { useT } from '@/lib/i18n';

/** 收费: free, or a list of fees with their standard and basis; plus a note. */
export function FeesSection() {
  const t = useT();
  const charged = Form.useWatch<boolean | undefined>('charged');
  const required = { required: true, whitespace: true, message: t('common.required') };

  return (
    <>
      <Form.Item name="charged">
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: false, label: t('catalog.fees.free') },
            { value: true, label: t('catalog.fees.charged') },
          ]}
        />
      </Form.Item>
      {charged ? (
        <Form.List name="fees">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8} style={{ marginBottom: 16 }}>
              {fields.map((field) => (
                <div key={field.key} style={{ background: '#f7f9fc', borderRadius: 6, padding: '12px 12px 0' }}>
                  <Row gutter={12}>
                    <Col xs={24} md={7}>
                      <Form.Item name={[field.name, 'name']} label={t('catalog.fees.name')} rules={[required]}>
                        <Input maxLength={100} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={7}>
                      <Form.Item name={[field.name, 'standard']} label={t('catalog.fees.standard')} rules={[required]}>
                        <Input maxLength={500} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={4}>
                      <Form.Item name={[field.name, 'amountYuan']} label={t('catalog.fees.amount')}>
                        <InputNumber min={0} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={5}>
                      <Form.Item name={[field.name, 'basis']} label={t('catalog.fees.basis')}>
                        <Input maxLength={500} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={1} style={{ textAlign: 'end', paddingTop: 30 }}>
                      <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('catalog.steps.remove')} onClick={() => remove(field.name)} />
                    </Col>
                  </Row>
                </div>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} style={{ alignSelf: 'flex-start' }}>
                {t('catalog.fees.add')}
              </Button>
            </Flex>
          )}
        </Form.List>
      ) : (
        <Alert type="success" showIcon title={t('catalog.fees.freeHint')} style={{ marginBottom: 16 }} />
      )}
      <Form.Item name="feeNote" label={t('catalog.fees.note')} style={{ marginBottom: 0 }}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
      </Form.Item>
    </>
  );
}
