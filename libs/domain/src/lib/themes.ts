/** The theme taxonomy drawn from the seed document (see shared/design/DOMAIN.md). */
export interface ThemeReference {
  code: string;
  name: string;
  nameFr: string;
}

export const THEMES: readonly ThemeReference[] = [
  { code: 'ICCPR_RATIFICATION', name: 'Ratification of the ICCPR', nameFr: 'Ratification du PIDCP' },
  { code: 'DEATH_PENALTY', name: 'Death penalty (statistics, Supreme Court review)', nameFr: 'Peine de mort (statistiques, révision par la Cour suprême)' },
  { code: 'ADMIN_DETENTION', name: 'Re-education through labour and administrative detention', nameFr: 'Rééducation par le travail et détention administrative' },
  { code: 'TORTURE_PREVENTION', name: "Torture prevention and prisoners' rights", nameFr: 'Prévention de la torture et droits des détenus' },
  { code: 'FREE_EXPRESSION', name: 'Freedom of expression, press and internet', nameFr: "Liberté d'expression, de la presse et d'internet" },
  { code: 'FREE_RELIGION', name: 'Freedom of religion and belief', nameFr: 'Liberté de religion et de conviction' },
  { code: 'MINORITY_RIGHTS', name: 'Minority rights in Tibet, Xinjiang and Inner Mongolia', nameFr: 'Droits des minorités au Tibet, au Xinjiang et en Mongolie-Intérieure' },
  { code: 'JUDICIAL_INDEPENDENCE', name: "Judicial independence and lawyers' harassment", nameFr: 'Indépendance de la justice et harcèlement des avocats' },
  { code: 'ORGAN_TRANSPLANTS', name: 'Organ transplants', nameFr: "Transplantations d'organes" },
  { code: 'COUNTER_TERRORISM', name: 'Human rights in counter-terrorism', nameFr: "Droits de l'homme dans la lutte contre le terrorisme" },
  { code: 'LABOUR_RIGHTS', name: 'Labour rights (collective bargaining, child labour)', nameFr: 'Droits du travail (négociation collective, travail des enfants)' },
  { code: 'HOUSING_EVICTIONS', name: 'Right to housing and forced evictions', nameFr: 'Droit au logement et expulsions forcées' },
  { code: 'INFLUENCE_ABROAD', name: "China's influence on human rights abroad", nameFr: "Influence de la Chine sur les droits de l'homme à l'étranger" },
  { code: 'UN_COOPERATION', name: 'Cooperation with UN mechanisms', nameFr: 'Coopération avec les mécanismes des Nations unies' },
];

/** UN instruments and bodies the dialogue refers to (seed rec. 9). */
export const UN_INSTRUMENTS = [
  { code: 'ICCPR', name: 'International Covenant on Civil and Political Rights' },
  { code: 'ICESCR', name: 'International Covenant on Economic, Social and Cultural Rights' },
  { code: 'CAT', name: 'Convention against Torture (and its Committee)' },
  { code: 'ILO', name: 'International Labour Organization conventions' },
  { code: 'UN_SPECIAL_PROCEDURES', name: 'UN special procedures' },
  { code: 'HRC', name: 'Human Rights Council (incl. Universal Periodic Review)' },
] as const;
