import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Form, Input, InputNumber, Row, Select, Table, Tooltip, type FormInstance, type FormListFieldData } from 'antd';
import { MATERIAL_FORMS } from '@core/catalog/vocabulary';
import { useT } from '@/lib/i18n';
import type { EditorValues } from '../../utils/item-form-values';
import { PATTERNS } from '../../utils/patterns';

const cell = { marginBottom: 0 };

/** The next free code M01, M02, … for a new material. */
function nextCode(form: FormInstance<EditorValues>): string {
  const used = new Set(((form.getFieldValue('materials') ?? []) as { code?: string }[]).map((m) => m.code));
  for (let n = used.size + 1; ; n += 1) {
    const code = `M${String(n).padStart(2, '0')}`;
    if (!used.has(code)) return code;
  }
}

/** 申请材料: a table editor; the sample and blank-form links and the note sit in each row's “more”. */
export function MaterialsSection({ form }: { form: FormInstance<EditorValues> }) {
  const t = useT();
  const required = { required: true, whitespace: true, message: t('common.required') };

  return (
    <Form.List name="materials">
      {(fields, { add, remove }) => (
        <>
          <Table<FormListFieldData>
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={fields}
            scroll={{ x: 820 }}
            data-testid="materials-table"
            locale={{ emptyText: t('catalog.materials.empty') }}
            expandable={{
              columnTitle: t('catalog.materials.more'),
              columnWidth: 48,
              expandedRowRender: (field) => (
                <Row gutter={12}>
                  <Col xs={24} md={12}>
                    <Form.Item name={[field.name, 'blankFormUrl']} label={t('catalog.materials.blankFormUrl')} rules={[{ pattern: PATTERNS.url, message: t('catalog.materials.urlHelp') }]}>
                      <Input placeholder="https://…" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name={[field.name, 'sampleUrl']} label={t('catalog.materials.sampleUrl')} rules={[{ pattern: PATTERNS.url, message: t('catalog.materials.urlHelp') }]}>
                      <Input placeholder="https://…" />
                    </Form.Item>
                  </Col>
                  <Col span={24}>
                    <Form.Item name={[field.name, 'note']} label={t('catalog.materials.note')} style={cell}>
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
                    </Form.Item>
                  </Col>
                </Row>
              ),
            }}
            columns={[
              {
                title: t('catalog.materials.code'),
                key: 'code',
                width: 92,
                render: (_, field) => (
                  <Form.Item name={[field.name, 'code']} style={cell} validateFirst rules={[required, { pattern: PATTERNS.materialCode, message: t('catalog.basics.codeInvalid') }]}>
                    <Input maxLength={32} />
                  </Form.Item>
                ),
              },
              {
                title: t('catalog.materials.name'),
                key: 'name',
                render: (_, field) => (
                  <Form.Item name={[field.name, 'name']} style={cell} rules={[required]}>
                    <Input maxLength={100} />
                  </Form.Item>
                ),
              },
              {
                title: t('catalog.materials.required'),
                key: 'required',
                width: 56,
                align: 'center',
                render: (_, field) => (
                  <Form.Item name={[field.name, 'required']} valuePropName="checked" style={cell}>
                    <Checkbox aria-label={t('catalog.materials.required')} />
                  </Form.Item>
                ),
              },
              {
                title: <Tooltip title={t('catalog.materials.deferrableHelp')}>{t('catalog.materials.deferrable')}</Tooltip>,
                key: 'deferrable',
                width: 56,
                align: 'center',
                render: (_, field) => (
                  <Form.Item name={[field.name, 'deferrable']} valuePropName="checked" style={cell}>
                    <Checkbox aria-label={t('catalog.materials.deferrable')} />
                  </Form.Item>
                ),
              },
              {
                title: t('catalog.materials.form'),
                key: 'form',
                width: 124,
                render: (_, field) => (
                  <Form.Item name={[field.name, 'form']} style={cell}>
                    <Select options={MATERIAL_FORMS.map((f) => ({ value: f, label: t(`catalog.materials.form.${f}`) }))} popupMatchSelectWidth={false} />
                  </Form.Item>
                ),
              },
              {
                title: t('catalog.materials.copies'),
                key: 'copies',
                width: 68,
                render: (_, field) => (
                  <Form.Item name={[field.name, 'copies']} style={cell}>
                    <InputNumber min={0} max={99} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                ),
              },
              {
                title: t('catalog.materials.licenseType'),
                key: 'licenseType',
                width: 150,
                render: (_, field) => (
                  <Form.Item name={[field.name, 'licenseType']} style={cell}>
                    <Input maxLength={100} />
                  </Form.Item>
                ),
              },
              {
                key: 'remove',
                width: 44,
                render: (_, field) => <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('catalog.steps.remove')} onClick={() => remove(field.name)} />,
              },
            ]}
          />
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            style={{ marginTop: 12 }}
            data-testid="add-material"
            onClick={() => add({ code: nextCode(form), required: true, deferrable: false, form: 'paper', copies: 1 })}
          >
            {t('catalog.materials.add')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
