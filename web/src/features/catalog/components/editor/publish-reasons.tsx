import { AimOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Tag } from 'antd';
import type { FieldProblem } from '@/lib/api-client';
import { useT } from '@/lib/i18n';
import { sectionOf } from '../../utils/item-form-values';

/**
 * Every reason a publish (422) or save (400) failed, each with the section it belongs to and a link
 * there, so nothing hides in a part of the form that is scrolled away.
 */
export function PublishReasons({
  title,
  problems,
  onLocate,
  onClose,
}: {
  title: string;
  problems: readonly FieldProblem[];
  onLocate: (field: string) => void;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Alert
      type="error"
      showIcon
      closable={{ onClose }}
      data-testid="publish-reasons"
      style={{ marginBottom: 16 }}
      title={
        <Flex gap={8} align="center">
          <strong>{title}</strong>
          <Tag color="red" variant="outlined">{t('catalog.publish.reasonCount', { count: problems.length })}</Tag>
        </Flex>
      }
      description={
        <ol style={{ margin: '8px 0 0', paddingInlineStart: 20 }}>
          {problems.map((problem, index) => (
            <li key={`${problem.field}-${index}`} style={{ marginBottom: 4 }} data-field={problem.field}>
              <Tag style={{ marginInlineEnd: 6 }}>{t(`catalog.section.${sectionOf(problem.field)}`)}</Tag>
              {problem.message}
              <Button type="link" size="small" icon={<AimOutlined />} onClick={() => onLocate(problem.field)}>
                {t('catalog.publish.locate')}
              </Button>
            </li>
          ))}
        </ol>
      }
    />
  );
}
