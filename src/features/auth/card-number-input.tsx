import { useTranslation } from 'react-i18next';
import type { LibraryInfo } from '../../api/contract/library';
import { normalizeCardNumber } from '../../api/contract/card-number';

/**
 * 利用者番号 as every form asks for it (login, 新規パスワード登録): the library's format as the hint,
 * the number that will be sent when it was typed otherwise (０１２３４５６-７), and the library's
 * own pattern (from GET /library) checked before anything is sent.
 */
export function useCardNumberInput(rule: LibraryInfo['cardNumber']) {
  const { t } = useTranslation(['auth', 'common']);
  const { length, typedExample, printedExample, pattern } = rule;
  return {
    hint: (typed: string) => {
      const normalized = normalizeCardNumber(typed);
      return (
        <>
          {printedExample === typedExample
            ? t('login.cardNumberHintPlain', { length, typed: typedExample })
            : t('login.cardNumberHint', { length, printed: printedExample, typed: typedExample })}
          {typed && normalized !== typed ? <span className="field-preview"> {t('login.willSend', { cardNumber: normalized })}</span> : null}
        </>
      );
    },
    validate: (value: string) => {
      const number = normalizeCardNumber(value);
      if (!number) return t('common:fieldErrors.required');
      return new RegExp(pattern).test(number) || t('common:fieldErrors.card_number_format', { length, example: typedExample });
    },
  };
}
