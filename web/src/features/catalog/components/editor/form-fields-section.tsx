import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Flex, Form, Input, InputNumber, Row, Select, Table, Typography, type FormListFieldData } from 'antd';
import { FORM_FIELD_TYPES, type FormFieldType } from '@core/catalog/vocabulary';
import { useT } from '@/lib/i18n';
import { PATTERNS } from '../../utils/patterns';

const cell = { marginBottom: 0 };

/** The rules a field of this type takes, edited in place (the others are checked by the national standards). */
function RulesCell({ field }: { field: FormListFieldData }) {
  const t = useT();
  return (
    <Form.Item noStyle dependencies={[['form', field.name, 'type']]}>
      {({ getFieldValue }) => {
        const type = getFieldValue(['form', field.name, 'type']) as FormFieldType | undefined;
        if (type === 'select') {
          return (
            <Form.Item name={[field.name, 'options']} style={cell} rules={[{ required: true, type: 'array', min: 1, message: t('common.required') }]}>
              <Select mode="tags" open={false} suffixIcon={null} placeholder={t('catalog.form.optionsHelp')} />
            </Form.Item>
          );
        }
        if (type === 'number') {
          return (
            <Flex gap={8}>
              <Form.Item name={[field.name, 'min']} style={cell}>
                <InputNumber prefix={<span className="catalog-prefix">{t('catalog.form.min')}</span>} style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name={[field.name, 'max']} style={cell}>
                <InputNumber prefix={<span className="catalog-prefix">{t('catalog.form.max')}</span>} style={{ width: '100%' }} />
              </Form.Item>
            </Flex>
          );
        }
        if (type === 'text' || type === 'address') {
          return (
            <Form.Item name={[field.name, 'maxLength']} style={cell}>
              <InputNumber min={1} max={2000} precision={0} prefix={<span className="catalog-prefix">{t('catalog.form.maxLength')}</span>} style={{ width: '100%' }} />
            </Form.Item>
          );
        }
        return <Typography.Text type="secondary">{t('catalog.form.builtIn')}</Typography.Text>;
      }}
    </Form.Item>
  );
}

/** 申请表单: the fields the applicant fills in, with their type, whether required, and options or limits. */
export function FormFieldsSection() {
  const t = useT();
  const required = { required: true, whitespace: true, message: t('common.required') };

  return (
    <Form.List name="form">
      {(fields, { add, remove }) => (
        <>
          <Table<FormListFieldData>
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={fields}
            scroll={{ x: 820 }}
            data-testid="form-fields-table"
            locale={{ emptyText: t('catalog.form.empty') }}
            expandable={{
              columnWidth: 48,
              columnTitle: t('catalog.materials.more'),
              expandedRowRender: (field) => (
                <Row gutter={12}>
                  <Col xs={24} md={12}>
                    <Form.Item name={[field.name, 'help']} label={t('catalog.form.help')} style={cell}>
                      <Input maxLength={200} />
                    </Form.Item>
                  </Col>
                  <Form.Item noStyle dependencies={[['form', field.name, 'type']]}>
                    {({ getFieldValue }) =>
                      getFieldValue(['form', field.name, 'type']) === 'text' && (
                        <Col xs={24} md={12}>
                          <Form.Item name={[field.name, 'pattern']} label={t('catalog.form.pattern')} style={cell}>
                            <Input maxLength={200} placeholder="^[0-9]{6}$" />
                          </Form.Item>
                        </Col>
                      )
                    }
                  </Form.Item>
                </Row>
              ),
            }}
            columns={[
              {
                title: t('catalog.form.key'),
                key: 'key',
                width: 140,
                render: (_, field) => (
                  <Form.Item name={[field.name, 'key']} style={cell} validateFirst rules={[required, { pattern: PATTERNS.formKey, message: t('catalog.form.keyInvalid') }]}>
                    <Input maxLength={40} />
                  </Form.Item>
                ),
              },
              {
                title: t('catalog.form.label'),
                key: 'label',
                render: (_, field) => (
                  <Form.Item name={[field.name, 'label']} style={cell} rules={[required]}>
                    <Input maxLength={50} />
                  </Form.Item>
                ),
              },
              {
                title: t('catalog.form.type'),
                key: 'type',
                width: 160,
                render: (_, field) => (
                  <Form.Item name={[field.name, 'type']} style={cell}>
                    <Select options={FORM_FIELD_TYPES.map((type) => ({ value: type, label: t(`catalog.form.type.${type}`) }))} popupMatchSelectWidth={false} />
                  </Form.Item>
                ),
              },
              {
                title: t('catalog.form.required'),
                key: 'required',
                width: 56,
                align: 'center',
                render: (_, field) => (
                  <Form.Item name={[field.name, 'required']} valuePropName="checked" style={cell}>
                    <Checkbox aria-label={t('catalog.form.required')} />
                  </Form.Item>
                ),
              },
              { title: `${t('catalog.form.options')} / ${t('catalog.form.rules')}`, key: 'rules', width: 250, render: (_, field) => <RulesCell field={field} /> },
              {
                key: 'remove',
                width: 44,
                render: (_, field) => <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('catalog.steps.remove')} onClick={() => remove(field.name)} />,
              },
            ]}
          />
          <Button type="dashed" icon={<PlusOutlined />} style={{ marginTop: 12 }} onClick={() => add({ type: 'text', required: true })}>
            {t('catalog.form.add')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
