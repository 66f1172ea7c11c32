import type { DietCode } from '../api/types';
import { t } from './i18n';

// The diet labels of the e-mail parser (DIET_LABELS_NB in main/core/email/diets.ts) in the current
// language, for the drafts and the history view. Spelt out as t('…') so that the catalogue test
// sees each key; test/unit/i18n/core-messages.test.ts checks that they match DIET_LABELS_NB.

export const DIET_WORDS: Record<DietCode, () => string> = {
  gluten: () => t('Glutenfri (cøliaki)'),
  lactose: () => t('Laktosefri'),
  milk: () => t('Melkeprotein'),
  egg: () => t('Egg'),
  fish: () => t('Fisk'),
  shellfish: () => t('Skalldyr'),
  nuts: () => t('Nøtter'),
  peanuts: () => t('Peanøtter'),
  soy: () => t('Soya'),
  sesame: () => t('Sesam'),
  celery: () => t('Selleri'),
  mustard: () => t('Sennep'),
  sulphites: () => t('Sulfitt'),
  lupin: () => t('Lupin'),
  vegetarian: () => t('Vegetar'),
  vegan: () => t('Vegansk'),
  halal: () => t('Halal'),
  kosher: () => t('Kosher'),
  pork: () => t('Uten svinekjøtt'),
};

