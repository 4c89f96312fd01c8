// src/i18n/locales/fr/content.json
var e = {
    topic: 'exosome-hair-therapy',
    title: 'Thérapie capillaire par exosomes\xA0: effets secondaires et quand demander de l’aide',
    intro:
      'Des réponses simples sur ce qui vous attend après une thérapie capillaire par exosomes, sur les effets secondaires normaux et sur le moment où il faut demander une aide médicale.',
    source:
      'D’après un article de 2025 sur les effets secondaires de la thérapie capillaire par exosomes, réécrit en langage simple.',
    lastReviewed: '2026-11-29',
    reviewNote:
      'Ce texte et cette traduction n’ont pas encore été vérifiés par un professionnel de santé.',
  },
  t = {
    categories: [
      {
        id: 'normal',
        title: 'Ce qui est normal après le traitement',
      },
      {
        id: 'warning',
        title: 'Signes d’alerte et quand demander de l’aide',
      },
      {
        id: 'risks',
        title: 'Risques et sécurité',
      },
      {
        id: 'before',
        title: 'Avant le traitement',
      },
      {
        id: 'evidence',
        title: 'Réglementation et preuves scientifiques',
      },
    ],
    items: [
      {
        id: 'normal-side-effects',
        category: 'normal',
        question: 'Quels effets secondaires sont normaux ?',
        answer:
          'La plupart des effets secondaires viennent du micro-aiguilletage (microneedling) ou des injections utilisés pour appliquer le traitement, et non des exosomes eux-mêmes. Ils sont en général légers et de courte durée\xA0:\n\n- un cuir chevelu rouge et sensible, un peu comme après un léger coup de soleil\n- un léger gonflement, qui diminue en général en une journée\n- de minuscules points de saignement ou de petits bleus aux endroits où les aiguilles sont entrées\n- un peu d’inflammation, ce qui fait partie de la guérison normale\n\nCes effets disparaissent en général d’eux-mêmes en 24 à 48 heures.',
      },
      {
        id: 'how-long',
        category: 'normal',
        question: 'Combien de temps durent les effets secondaires ?',
        answer:
          'En général un à deux jours. Les rougeurs légères, le gonflement, la sensibilité ou les petits bleus s’améliorent normalement en 24 à 48 heures.\n\nS’ils sont encore là après 72 heures (3 jours), contactez {{clinic}} pour qu’un médecin ou un infirmier les examine.',
      },
      {
        id: 'permanent',
        category: 'normal',
        question: 'Les effets secondaires sont-ils permanents ?',
        answer:
          'Dans la plupart des cas, non. Les rougeurs, le gonflement et la sensibilité disparaissent en général en 24 à 48 heures, et la plupart des effets secondaires ont disparu en quelques jours.\n\nPour l’instant, il n’existe pas de preuve solide d’effets secondaires durables lorsqu’un produit de bonne qualité est utilisé avec un encadrement médical adapté.',
      },
      {
        id: 'pain',
        category: 'normal',
        question: 'Le traitement fait-il mal ?',
        answer:
          'La plupart des gens ressentent très peu de douleur. Une crème anesthésiante est appliquée sur le cuir chevelu avant le micro-aiguilletage. La plupart des gens ne sentent donc qu’une pression ou des picotements.',
      },
      {
        id: 'normal-or-concern',
        category: 'warning',
        question:
          'Comment savoir si un effet secondaire est normal ou si c’est un signe d’alerte ?',
        answer:
          'La plupart des effets secondaires sont normaux et disparaissent d’eux-mêmes\xA0: rougeurs, sensibilité, léger gonflement ou petits bleus qui s’améliorent en 24 à 48 heures.\n\nSurveillez de près les signes suivants\xA0:\n\n- des rougeurs ou un gonflement encore présents après 72 heures\n- une douleur forte\n- des signes d’infection, comme du pus, une odeur inhabituelle ou de la fièvre\n\nCes signes peuvent indiquer un problème qui nécessite des soins médicaux. Des réactions graves, comme une réaction allergique ou une inflammation causée par votre système immunitaire, sont rares mais possibles. Demander de l’aide tôt vous protège mieux.',
      },
      {
        id: 'when-to-get-help',
        category: 'warning',
        question: 'Quand dois-je demander une aide médicale ?',
        answer:
          'Contactez {{clinic}} ou un médecin **immédiatement** si vous avez\xA0:\n\n- des rougeurs, un gonflement ou une sensibilité qui durent plus de 48 à 72 heures\n- des signes d’infection\xA0: du pus, une odeur inhabituelle ou de la fièvre\n- une douleur forte ou qui s’aggrave, des démangeaisons intenses, ou des bosses que vous n’aviez pas avant\n\n**Appelez {{emergency}} immédiatement** si vous avez une réaction dans tout votre corps, comme des difficultés à respirer ou un essoufflement, un gonflement du visage, des lèvres ou de la langue, une éruption sur la peau qui s’étend au-delà de la zone traitée, ou des vertiges ou un évanouissement.',
      },
      {
        id: 'serious-risks',
        category: 'risks',
        question: 'Quels sont les risques graves ?',
        answer:
          'Les problèmes graves sont peu fréquents, mais vous devez les connaître\xA0:\n\n- **Réaction allergique.** On pense que le risque est faible, mais votre corps peut réagir à un composant du produit à base d’exosomes ou du liquide avec lequel il est mélangé.\n- **Infection.** Tout traitement qui perce la peau peut laisser entrer des microbes. La rigueur avec laquelle la clinique respecte les méthodes stériles (sans microbes) fait une grande différence.\n- **L’origine des exosomes et leur pureté.** C’est la principale inquiétude. Les exosomes sont souvent fabriqués à partir de cellules souches humaines issues de dons, par exemple du cordon ombilical ou du tissu graisseux. Un produit mal fabriqué pourrait contenir des débris de cellules ou d’autres contaminants qui déclenchent une réaction immunitaire nocive ou d’autres problèmes.\n- **Réaction immunitaire.** Les exosomes viennent de l’extérieur de votre corps. En théorie, votre système immunitaire pourrait donc réagir contre eux et provoquer une inflammation. Il n’y a pas encore assez de recherches à long terme pour le savoir.',
      },
      {
        id: 'allergic-reaction',
        category: 'risks',
        question: 'Le traitement peut-il provoquer une réaction allergique ?',
        answer:
          'Oui, mais c’est rare. Votre corps peut réagir à un composant du produit à base d’exosomes ou du liquide avec lequel il est mélangé. Un produit pur, d’origine connue et testé par un laboratoire indépendant diminue ce risque.\n\nDes difficultés à respirer, un gonflement du visage, des lèvres ou de la langue, une éruption sur la peau qui s’étend ou des vertiges peuvent être les signes d’une réaction allergique grave\xA0: **appelez {{emergency}} immédiatement**.',
      },
      {
        id: 'hair-loss-worse',
        category: 'risks',
        question: 'Le traitement peut-il aggraver la chute des cheveux ?',
        answer:
          'Pour l’instant, rien ne montre qu’il accélère la chute des cheveux. En théorie, pourtant, un produit de mauvaise qualité qui provoque une forte inflammation ou une réaction immunitaire pourrait abîmer les racines des cheveux (follicules). C’est une des raisons de choisir avec soin la personne qui vous traite.',
      },
      {
        id: 'compared-to-prp',
        category: 'risks',
        question: 'Les effets secondaires sont-ils pires qu’avec le PRP ou le micro-aiguilletage ?',
        answer:
          'En général, non. Les effets secondaires sont le plus souvent à peu près les mêmes qu’avec le PRP et le micro-aiguilletage, car la plupart viennent des aiguilles ou des injections, et non des exosomes.',
      },
      {
        id: 'lower-risk',
        category: 'risks',
        question: 'Comment puis-je réduire mon risque ?',
        answer:
          'Votre sécurité dépend surtout de la clinique et de la personne qui vous traite\xA0:\n\n- Choisissez un médecin autorisé à exercer et expérimenté, par exemple un dermatologue ou un chirurgien esthétique, qui travaille dans une clinique médicale. Évitez les spas médicaux et les personnes sans formation médicale.\n- Demandez d’où viennent les exosomes et si un laboratoire indépendant les a testés.\n- Parlez de votre santé au médecin, y compris d’une grossesse, d’un allaitement, d’un cancer, d’une maladie auto-immune ou d’une infection du cuir chevelu.\n- Suivez les conseils de soins qu’on vous donne pour après le traitement, et surveillez les signes d’alerte dans les jours qui suivent le traitement.',
      },
      {
        id: 'who-should-avoid',
        category: 'before',
        question: 'Qui ne devrait pas suivre ce traitement ?',
        answer:
          'Ce traitement peut ne pas vous convenir si vous\xA0:\n\n- êtes enceinte\n- allaitez\n- avez une infection du cuir chevelu en ce moment\n- avez une maladie auto-immune\n- avez eu certains types de cancer\n\nParlez-en à un médecin avant le traitement pour qu’il puisse vérifier votre état de santé et vos antécédents médicaux.',
      },
      {
        id: 'questions-to-ask',
        category: 'before',
        question: 'Que dois-je demander à une clinique avant le traitement ?',
        answer:
          'Il est raisonnable de poser ces questions\xA0:\n\n- D’où viennent exactement vos exosomes ?\n- Pouvez-vous me montrer les rapports d’un laboratoire indépendant sur leur pureté et leur sécurité, y compris les tests de dépistage des virus et d’autres microbes ?\n- Quelle expérience avez-vous de ce traitement, et combien de patients avez-vous traités ?\n- Que faites-vous si un patient a une mauvaise réaction ?\n\nUne bonne clinique donne des réponses claires et précises, qui peuvent être vérifiées.',
      },
      {
        id: 'fda-approval',
        category: 'evidence',
        question: 'Le traitement capillaire par exosomes est-il approuvé par la FDA ?',
        answer:
          'Non. L’agence américaine des aliments et des médicaments (Food and Drug Administration, FDA) n’a approuvé aucun produit à base d’exosomes pour un usage esthétique, et elle a mis en garde le public contre les produits à base d’exosomes non approuvés. Aux États-Unis, les exosomes sont réglementés comme des médicaments et des produits biologiques, qui doivent réussir des essais cliniques approfondis avant de pouvoir être approuvés.',
      },
      {
        id: 'success-rate',
        category: 'evidence',
        question: 'Ce traitement est-il efficace ?',
        answer:
          'On ne le sait pas encore. Les premières études et des cas individuels semblent prometteurs, mais de grands essais cliniques bien conçus sont encore nécessaires pour montrer à quelle fréquence il fonctionne. Les résultats peuvent beaucoup varier d’une personne à l’autre, selon la cause de la chute des cheveux et la qualité du produit.',
      },
    ],
  },
  n = {
    title: 'Comparaison des effets secondaires',
    intro:
      'Les effets secondaires de la thérapie capillaire par exosomes, comparés à ceux de quatre autres traitements courants de la chute des cheveux. C’est une comparaison générale\xA0: vos propres risques dépendent de votre santé et de la personne qui vous traite.',
    caption: 'Effets secondaires de cinq traitements de la chute des cheveux',
    columns: {
      treatment: 'Traitement',
      common: 'Effets secondaires fréquents',
      serious: 'Risques graves',
      tolerability: 'Tolérance globale',
      invasiveness: 'Degré d’invasivité',
    },
    treatments: [
      {
        id: 'exosome',
        name: 'Thérapie capillaire par exosomes',
        common:
          'Cuir chevelu rouge, léger gonflement, sensibilité, petits bleus (disparaissent en général en 24 à 48 heures)',
        serious:
          'Réactions allergiques ou immunitaires rares ; infection si la clinique ne garde pas tout stérile',
        tolerability:
          'En général bien tolérée lorsqu’on utilise un produit de haute qualité et des méthodes cliniques adaptées',
      },
      {
        id: 'prp',
        name: 'PRP (plasma riche en plaquettes)',
        common:
          'Douleur de courte durée, gonflement, bleus, maux de tête, sensation de tiraillement du cuir chevelu',
        serious: 'Infection ; lésion d’un nerf (rare)',
        tolerability: 'Bien toléré ; les effets secondaires viennent surtout des injections',
      },
      {
        id: 'microneedling',
        name: 'Micro-aiguilletage (microneedling)',
        common:
          'Rougeurs, irritation, minuscules points de saignement, inflammation de courte durée',
        serious: 'Infection ou cicatrices s’il n’est pas bien réalisé',
        tolerability:
          'Effets légers à modérés ; cela dépend de la profondeur des aiguilles et de la technique',
      },
      {
        id: 'transplant',
        name: 'Greffe de cheveux (chirurgie)',
        common:
          'Gonflement, douleur, croûtes, chute temporaire de cheveux («\xA0chute de choc\xA0»)',
        serious: 'Infection, cicatrices, cheveux greffés qui ne survivent pas',
        tolerability: 'Plus invasive ; récupération plus longue et risque plus élevé',
      },
      {
        id: 'stem-cell',
        name: 'Thérapies par cellules souches',
        common: 'Irritation et inflammation au point d’injection',
        serious:
          'Plus d’incertitudes, en raison du comportement des cellules vivantes et de questions de réglementation',
        tolerability:
          'Variable ; la sécurité dépend beaucoup de l’origine des cellules et de la façon dont elles sont traitées',
      },
    ],
    invasiveness: [
      {
        id: 'surface',
        label: 'Faible',
        description: 'Fines aiguilles dans la couche supérieure de la peau',
      },
      {
        id: 'injection',
        label: 'Moyen',
        description: 'Injections ou micro-aiguilletage dans le cuir chevelu',
      },
      {
        id: 'surgery',
        label: 'Élevé',
        description: 'Chirurgie',
      },
    ],
    takeawaysTitle: 'Points clés',
    takeaways: [
      'La thérapie par exosomes n’utilise pas de cellules vivantes, ce qui pourrait éviter certains des risques des traitements qui utilisent des cellules vivantes.',
      'Avec les options non chirurgicales (exosomes, PRP, micro-aiguilletage), la plupart des effets secondaires, comme les rougeurs ou le gonflement, viennent des aiguilles ou des injections plutôt que du produit.',
      'Plus un traitement est invasif, plus le risque est élevé\xA0: la chirurgie entraîne en général des effets secondaires plus nombreux et plus durables que les injections ou le micro-aiguilletage.',
      'Pour les traitements plus récents fabriqués à partir de matériel biologique, y compris les exosomes, la façon dont ce matériel est obtenu, testé et manipulé compte beaucoup pour la sécurité.',
    ],
    summary:
      'Aucun traitement de la chute des cheveux n’est sans risque. Lorsque des professionnels de santé qualifiés utilisent des produits correctement testés, les effets secondaires de la thérapie par exosomes sont en général semblables à ceux des autres options peu invasives.',
  },
  r = {
    title: 'Quand demander de l’aide\xA0: une vérification rapide',
    intro:
      'Répondez à quelques questions sur ce que vous ressentez après le traitement. Cette vérification vous indique si cela semble attendu, si c’est à surveiller, si c’est une raison de contacter votre clinique aujourd’hui, ou si c’est une urgence.',
    notDiagnosis:
      'Cette vérification donne des conseils généraux. Ce n’est pas un diagnostic. En cas de doute ou d’inquiétude, contactez {{clinic}} ou un médecin.',
    redFlagsQuestion: 'Avez-vous l’un de ces signes en ce moment ?',
    redFlags: [
      {
        id: 'breathing',
        label: 'Difficulté à respirer ou essoufflement',
      },
      {
        id: 'face-swelling',
        label: 'Gonflement du visage, des lèvres ou de la langue',
      },
      {
        id: 'spreading-rash',
        label: 'Éruption sur la peau ou urticaire qui s’étend au-delà de la zone traitée',
      },
      {
        id: 'dizziness',
        label: 'Vertiges ou évanouissement',
      },
    ],
    timeQuestion: 'À quand remonte votre traitement ?',
    times: [
      {
        id: 'under-24h',
        label: 'Il y a moins de 24 heures',
      },
      {
        id: '1-2-days',
        label: 'Il y a 1 à 2 jours',
      },
      {
        id: '2-3-days',
        label: 'Il y a 2 à 3 jours',
      },
      {
        id: 'over-3-days',
        label: 'Il y a plus de 3 jours',
      },
    ],
    symptomsQuestion:
      'Lesquels de ces signes avez-vous maintenant ? Choisissez toutes les réponses qui correspondent.',
    symptomGroups: [
      {
        id: 'usual',
        title: 'Fréquents après le traitement',
      },
      {
        id: 'infection',
        title: 'Signes d’infection',
      },
      {
        id: 'other',
        title: 'Autres signes d’alerte',
      },
    ],
    symptoms: [
      {
        id: 'redness',
        label: 'Rougeurs',
      },
      {
        id: 'swelling',
        label: 'Gonflement',
      },
      {
        id: 'tenderness',
        label: 'Sensibilité ou douleur au toucher',
      },
      {
        id: 'bleeding-bruising',
        label: 'Minuscules points de saignement ou bleus',
      },
      {
        id: 'pus',
        label: 'Pus ou autre écoulement',
      },
      {
        id: 'smell',
        label: 'Odeur inhabituelle',
      },
      {
        id: 'fever',
        label: 'Fièvre',
      },
      {
        id: 'severe-pain',
        label: 'Douleur forte ou qui s’aggrave',
      },
      {
        id: 'itching',
        label: 'Démangeaisons intenses',
      },
      {
        id: 'lumps',
        label: 'Bosses inhabituelles',
      },
    ],
    noSymptoms: 'Aucun de ces signes',
    trendQuestion: 'Depuis qu’ils ont commencé, vos symptômes…',
    trends: [
      {
        id: 'better',
        label: 'S’améliorent',
      },
      {
        id: 'same',
        label: 'Restent les mêmes',
      },
      {
        id: 'worse',
        label: 'S’aggravent',
      },
    ],
    results: [
      {
        id: 'emergency',
        title: 'Urgence\xA0: appelez {{emergency}} immédiatement',
        body: 'Ce que vous décrivez peut être le signe d’une réaction allergique grave ou d’une réaction dans tout le corps. Appelez {{emergency}} immédiatement, ou allez au service d’urgence le plus proche. N’attendez pas de voir si cela s’améliore.',
      },
      {
        id: 'today',
        title: 'Contactez votre clinique aujourd’hui',
        body: 'Ce que vous décrivez doit être examiné aujourd’hui par un médecin ou un infirmier. Contactez {{clinic}} aujourd’hui. Si vous n’arrivez pas à la joindre et que vous vous sentez plus mal, demandez des soins médicaux en urgence.',
      },
      {
        id: 'watch',
        title:
          'Continuez à surveiller, et contactez votre clinique si cela ne va pas mieux au bout de 72 heures',
        body: 'Cela peut encore faire partie de la guérison normale, mais surveillez l’évolution. Si cela ne va pas nettement mieux 72 heures (3 jours) après le traitement, ou si cela s’aggrave, contactez {{clinic}}.',
      },
      {
        id: 'expected',
        title: 'Cela semble attendu\xA0: en général, cela se calme en 24 à 48 heures',
        body: 'Les rougeurs, un léger gonflement, la sensibilité et les petits bleus sont fréquents après le traitement et disparaissent en général d’eux-mêmes en 24 à 48 heures.',
      },
    ],
    selfCareTitle: 'Prendre soin de votre cuir chevelu',
    selfCare: [
      'Suivez les consignes de soins après traitement que votre clinique vous a données.',
      'Gardez la zone traitée propre, et ne la grattez pas, n’y touchez pas avec les ongles et ne la frottez pas.',
      'Vérifiez la zone chaque jour, et surveillez les signes d’alerte indiqués dans cette vérification.',
      'En cas de doute sur ce qui est normal, contactez votre clinique.',
    ],
    emergencyGuidance:
      'Si vous avez des difficultés à respirer, un gonflement du visage, des lèvres ou de la langue, une éruption sur la peau qui s’étend au-delà de la zone traitée, ou si vous avez des vertiges ou l’impression de vous évanouir, appelez {{emergency}} immédiatement.',
  },
  i = {
    title: 'Ce traitement me convient-il ?',
    intro: 'Ce traitement peut ne pas vous convenir si l’un de ces cas s’applique à vous\xA0:',
    items: [
      {
        id: 'pregnant',
        label: 'Vous êtes enceinte',
      },
      {
        id: 'breastfeeding',
        label: 'Vous allaitez',
      },
      {
        id: 'cancer',
        label: 'Vous avez des antécédents de certains cancers',
      },
      {
        id: 'scalp-infection',
        label: 'Vous avez une infection du cuir chevelu en ce moment',
      },
      {
        id: 'autoimmune',
        label: 'Vous avez une maladie auto-immune',
      },
    ],
    advice:
      'Si l’un de ces cas s’applique à vous, parlez-en à votre médecin avant de suivre ce traitement.',
  },
  a = {
    title: 'Questions à poser à une clinique avant le traitement',
    items: [
      {
        id: 'source',
        text: 'D’où viennent exactement vos exosomes ?',
      },
      {
        id: 'lab-reports',
        text: 'Pouvez-vous me montrer les rapports d’un laboratoire indépendant sur leur pureté et leur sécurité, y compris les tests de dépistage des virus et d’autres microbes ?',
      },
      {
        id: 'experience',
        text: 'Quelle expérience avez-vous de ce traitement, et combien de patients avez-vous traités ?',
      },
      {
        id: 'reactions',
        text: 'Que faites-vous si un patient a une mauvaise réaction ?',
      },
    ],
    note: 'Une bonne clinique donne des réponses claires et précises, qui peuvent être vérifiées.',
  },
  o =
    'Ces informations sont générales. Ce ne sont ni des conseils médicaux ni un diagnostic. Elles ne remplacent pas une consultation chez un médecin. Si votre santé vous inquiète, contactez {{clinic}} ou un médecin.',
  s = {
    meta: e,
    faq: t,
    compare: n,
    seekHelp: r,
    contraindications: i,
    questionsToAsk: a,
    disclaimer: o,
  };
export {
  n as compare,
  i as contraindications,
  s as default,
  o as disclaimer,
  t as faq,
  e as meta,
  a as questionsToAsk,
  r as seekHelp,
};
