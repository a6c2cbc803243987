import { Segmented } from 'antd';
import { useLang, type Lang } from '@/lib/i18n';

/** 中文 / English; the choice is remembered and sent to the server as Accept-Language. */
export function LangSwitch({ dark = false }: { dark?: boolean }) {
  const { lang, setLang } = useLang();
  return (
    <Segmented<Lang>
      size="small"
      value={lang}
      onChange={setLang}
      options={[
        { label: '中文', value: 'zh' },
        { label: 'English', value: 'en' },
      ]}
      aria-label="Language / 语言"
      data-testid="lang-switch"
      className={dark ? 'lang-switch-dark' : undefined}
    />
  );
}
