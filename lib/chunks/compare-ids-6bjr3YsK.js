var e = {
    highlightTreatment: 'exosome',
    treatments: {
      exosome: {
        invasiveness: 'injection',
        faq: ['normal-side-effects', 'serious-risks', 'compared-to-prp'],
      },
      prp: {
        invasiveness: 'injection',
        faq: ['compared-to-prp'],
      },
      microneedling: {
        invasiveness: 'surface',
        faq: ['compared-to-prp'],
      },
      transplant: {
        invasiveness: 'surgery',
        faq: [],
      },
      'stem-cell': {
        invasiveness: 'injection',
        faq: ['serious-risks'],
      },
    },
    faqToComparison: ['compared-to-prp', 'normal-side-effects', 'serious-risks'],
  },
  t = (e) => `${e}-compare`;
export { e as n, t };
