import { useTranslation } from 'react-i18next';
import type { PasswordPolicy } from '../../api/contract/library';

/** The library's password rule in words, shown next to the field. */
export function usePasswordPolicyText() {
  const { t } = useTranslation('auth');
  return (policy: PasswordPolicy): string => {
    const params = { min: policy.minLength, max: policy.maxLength };
    const base =
      policy.charset === 'digits'
        ? t(policy.minLength === policy.maxLength ? 'password.policy.digits' : 'password.policy.digitsRange', params)
        : t('password.policy.alphanumeric', params);
    return policy.charset === 'alphanumeric' && policy.caseSensitive ? `${base}・${t('password.policy.caseSensitive')}` : base;
  };
}
