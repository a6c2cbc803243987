import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Flex, Form, Input, InputNumber, Radio, Row, Select, Switch } from 'antd';
import { ONLINE_DEPTHS } from '@core/catalog/vocabulary';
import { DEFAULT_LICENSE_YEARS, licenseTitle } from '@core/licenses/license';
import { useLang, useT } from '@/lib/i18n';
import { itemTypeOptions } from '../../utils/labels';
import { PATTERNS } from '../../utils/patterns';
import { DepartmentPicker } from '../department-picker';

/** 基本信息: names and codes, department, who may apply, how it is handled, the license it issues, conditions and legal basis. */
export function BasicsSection({ creating }: { creating: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const required = { required: true, whitespace: true, message: t('common.required') };
  const name = Form.useWatch<string | undefined>('name');

  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item name="name" label={t('catalog.name')} rules={[required]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="type" label={t('catalog.type')} rules={[{ required: true, message: t('common.required') }]}>
            <Select options={itemTypeOptions(lang)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="code"
            label={t('catalog.code')}
            extra={creating ? t('catalog.basics.codeHelp') : undefined}
            validateFirst
            rules={[required, { pattern: PATTERNS.itemCode, message: t('catalog.basics.codeInvalid') }]}
          >
            <Input maxLength={64} disabled={!creating} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="catalogCode" label={t('catalog.basics.catalogCode')} extra={t('catalog.basics.catalogCodeHelp')}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="departmentId"
            label={t('catalog.department')}
            extra={creating ? undefined : t('catalog.basics.departmentFixed')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <DepartmentPicker disabled={!creating} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="applicantTypes" label={t('catalog.basics.applicantTypes')} rules={[{ required: true, type: 'array', min: 1, message: t('common.required') }]}>
            <Checkbox.Group
              options={[
                { value: 'person', label: t('catalog.basics.person') },
                { value: 'organization', label: t('catalog.basics.organization') },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="visits" label={t('catalog.basics.visits')}>
            <Radio.Group
              optionType="button"
              options={[0, 1, 2].map((n) => ({ value: n, label: t(`catalog.basics.visits${n as 0 | 1 | 2}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="onlineDepth" label={t('catalog.basics.onlineDepth')}>
            <Select options={ONLINE_DEPTHS.map((d) => ({ value: d.level, label: `${d.level} · ${d[lang]}` }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="keywords" label={t('catalog.basics.keywords')} extra={t('catalog.basics.keywordsHelp')}>
            <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', ' ']} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="commitmentAllowed" label={t('catalog.basics.commitmentAllowed')} valuePropName="checked" extra={t('catalog.basics.commitmentHelp')}>
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="licenseName" label={t('catalog.basics.licenseName')} extra={t('catalog.basics.licenseNameHelp')}>
            <Input maxLength={50} placeholder={licenseTitle(name?.trim() || t('catalog.name'))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="licenseValidYears" label={t('catalog.basics.licenseValidYears')} extra={t('catalog.basics.licenseValidYearsHelp')}>
            <InputNumber min={1} max={50} precision={0} placeholder={String(DEFAULT_LICENSE_YEARS)} suffix={t('catalog.basics.years')} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="conditionsText" label={t('catalog.basics.conditions')} extra={t('catalog.basics.conditionsHelp')}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('catalog.basics.legalBasis')} style={{ marginBottom: 0 }}>
        <Form.List name="legalBasis">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((field) => (
                <div key={field.key} style={{ background: '#f7f9fc', borderRadius: 6, padding: '12px 12px 0' }}>
                  <Row gutter={12}>
                    <Col xs={24} md={10}>
                      <Form.Item name={[field.name, 'law']} rules={[required]}>
                        <Input placeholder={t('catalog.basics.law')} maxLength={100} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={6}>
                      <Form.Item name={[field.name, 'article']}>
                        <Input placeholder={t('catalog.basics.article')} maxLength={30} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={6}>
                      <Form.Item name={[field.name, 'clause']}>
                        <Input placeholder={t('catalog.basics.clause')} maxLength={30} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={2} style={{ textAlign: 'end' }}>
                      <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('catalog.steps.remove')} onClick={() => remove(field.name)} />
                    </Col>
                    <Col span={24}>
                      <Form.Item name={[field.name, 'text']}>
                        <Input.TextArea placeholder={t('catalog.basics.lawText')} autoSize={{ minRows: 1, maxRows: 6 }} maxLength={2000} />
                      </Form.Item>
                    </Col>
                  </Row>
                </div>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} style={{ alignSelf: 'flex-start' }}>
                {t('catalog.basics.addLaw')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form.Item>
    </>
  );
}
