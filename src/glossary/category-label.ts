// The words a reader sees for each category (ids stay stable in data; labels can change).
import type { Category } from './types';

const LABELS: Record<Category, string> = {
  immunotherapy: 'Immunotherapy',
  'immune-system': 'Immune system',
  'cancer-type': 'Types of cancer',
  'cancer-basics': 'Cancer basics',
  treatment: 'Treatments',
  drug: 'Drugs and drug types',
  'side-effect': 'Side effects',
  symptom: 'Symptoms',
  'test-procedure': 'Tests and procedures',
  anatomy: 'Body parts',
  research: 'Research and trials',
  genetics: 'Genes and genetics',
  condition: 'Health conditions',
  'general-medical': 'General medical words',
};

export function categoryLabel(category: Category): string {
  return LABELS[category];
}
