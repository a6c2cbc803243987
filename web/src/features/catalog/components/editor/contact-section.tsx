import { Col, Form, Input, Row } from 'antd';
import { useT } from '@/lib/i18n';
import { PATTERNS } from '../../utils/patterns';

/** 联系方式: enquiry and complaint phones, where and when the hall serves, and the online address. */
export function ContactSection() {
  const t = useT();
  const phone = { pattern: PATTERNS.phone, message: t('catalog.contact.phoneInvalid') };
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name="contactPhone" label={t('catalog.contact.contactPhone')} rules={[phone]}>
          <Input maxLength={20} placeholder="0791-12345678" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="complaintPhone" label={t('catalog.contact.complaintPhone')} rules={[phone]}>
          <Input maxLength={20} placeholder="12345" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="hallAddress" label={t('catalog.contact.hallAddress')}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="hallHours" label={t('catalog.contact.hallHours')}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="onlineUrl" label={t('catalog.contact.onlineUrl')} rules={[{ pattern: PATTERNS.url, message: t('catalog.materials.urlHelp') }]} style={{ marginBottom: 0 }}>
          <Input maxLength={500} placeholder="https://…" />
        </Form.Item>
      </Col>
    </Row>
  );
}
