// src/i18n/locales/pt-BR/content.json
var e = {
    topic: 'exosome-hair-therapy',
    title: 'Terapia capilar com exossomos: efeitos colaterais e quando procurar ajuda',
    intro:
      'Respostas claras sobre o que esperar depois da terapia capilar com exossomos, quais efeitos colaterais são normais e quando procurar ajuda médica.',
    source:
      'Baseado em um artigo de 2025 sobre os efeitos colaterais da terapia capilar com exossomos, reescrito em linguagem simples.',
    lastReviewed: '2026-11-29',
    reviewNote: 'Esta tradução ainda não foi revisada por um profissional de saúde.',
  },
  t = {
    categories: [
      {
        id: 'normal',
        title: 'O que é normal depois do tratamento',
      },
      {
        id: 'warning',
        title: 'Sinais de alerta e quando procurar ajuda',
      },
      {
        id: 'risks',
        title: 'Riscos e segurança',
      },
      {
        id: 'before',
        title: 'Antes do tratamento',
      },
      {
        id: 'evidence',
        title: 'Regulamentação e evidências',
      },
    ],
    items: [
      {
        id: 'normal-side-effects',
        category: 'normal',
        question: 'Quais efeitos colaterais são normais?',
        answer:
          'A maioria dos efeitos colaterais vem do microagulhamento ou das injeções usadas para aplicar o tratamento, e não dos exossomos em si. Eles costumam ser leves e passageiros:\n\n- couro cabeludo vermelho e sensível, um pouco como uma queimadura de sol leve\n- um leve inchaço, que costuma diminuir em um dia\n- pontinhos de sangramento ou pequenos hematomas onde as agulhas entraram\n- alguma inflamação, que faz parte da cicatrização normal\n\nEsses efeitos costumam desaparecer sozinhos em 24 a 48 horas.',
      },
      {
        id: 'how-long',
        category: 'normal',
        question: 'Quanto tempo duram os efeitos colaterais?',
        answer:
          'Em geral, um a dois dias. Vermelhidão leve, inchaço, sensibilidade ou pequenos hematomas normalmente melhoram em 24 a 48 horas.\n\nSe ainda estiverem presentes após 72 horas (3 dias), entre em contato com {{clinic}} para que um médico ou enfermeiro possa avaliá-los.',
      },
      {
        id: 'permanent',
        category: 'normal',
        question: 'Os efeitos colaterais são permanentes?',
        answer:
          'Na maioria dos casos, não. Vermelhidão, inchaço e sensibilidade costumam desaparecer em 24 a 48 horas, e a maioria dos efeitos colaterais some em poucos dias.\n\nAté agora, não há evidências fortes de efeitos colaterais duradouros quando se usa um produto de boa qualidade com acompanhamento médico adequado.',
      },
      {
        id: 'pain',
        category: 'normal',
        question: 'O tratamento dói?',
        answer:
          'A maioria das pessoas sente muito pouca dor. Antes do microagulhamento, é aplicado um creme anestésico no couro cabeludo, por isso a maioria das pessoas sente apenas um pouco de pressão ou formigamento.',
      },
      {
        id: 'normal-or-concern',
        category: 'warning',
        question: 'Como saber se um efeito colateral é normal ou um sinal de alerta?',
        answer:
          'A maioria dos efeitos colaterais é normal e desaparece sozinha: vermelhidão, sensibilidade, inchaço leve ou pequenos hematomas que melhoram em 24 a 48 horas.\n\nObserve com atenção se houver:\n\n- vermelhidão ou inchaço que continua após 72 horas\n- dor forte\n- sinais de infecção, como pus, um cheiro estranho ou febre\n\nIsso pode indicar um problema que precisa de atendimento médico. Reações graves, como uma reação alérgica ou uma inflamação causada pelo seu sistema imunológico, são raras, mas podem acontecer. Procurar ajuda cedo é mais seguro para você.',
      },
      {
        id: 'when-to-get-help',
        category: 'warning',
        question: 'Quando devo procurar ajuda médica?',
        answer:
          'Entre em contato com {{clinic}} ou com um médico **imediatamente** se você tiver:\n\n- vermelhidão, inchaço ou sensibilidade que dure mais de 48 a 72 horas\n- sinais de infecção: pus, um cheiro estranho ou febre\n- dor forte ou que está piorando, coceira intensa ou caroços que você não tinha antes\n\n**Ligue agora para {{emergency}}** se você tiver uma reação no corpo todo, como dificuldade para respirar ou falta de ar, inchaço no rosto, nos lábios ou na língua, uma erupção na pele que se espalha além da área tratada, ou tontura ou desmaio.',
      },
      {
        id: 'serious-risks',
        category: 'risks',
        question: 'Quais são os riscos graves?',
        answer:
          'Problemas graves são incomuns, mas você deve conhecê-los:\n\n- **Reação alérgica.** Acredita-se que o risco seja baixo, mas o seu corpo pode reagir a algo no produto de exossomos ou no líquido com que ele é misturado.\n- **Infecção.** Qualquer tratamento que fura a pele pode deixar germes entrarem. O rigor com que a clínica segue métodos estéreis (sem germes) faz muita diferença.\n- **De onde vêm os exossomos e quão puros eles são.** Esta é a maior preocupação. Os exossomos costumam ser feitos a partir de células-tronco humanas doadas, por exemplo, do cordão umbilical ou do tecido de gordura. Um produto mal fabricado pode conter restos de células ou outros contaminantes que provoquem uma reação prejudicial do sistema imunológico ou outros problemas.\n- **Reação do sistema imunológico.** Os exossomos vêm de fora do seu corpo, então, em teoria, o seu sistema imunológico poderia reagir a eles e causar inflamação. Ainda não há pesquisas de longo prazo suficientes para saber.',
      },
      {
        id: 'allergic-reaction',
        category: 'risks',
        question: 'O tratamento pode causar uma reação alérgica?',
        answer:
          'Sim, mas isso é raro. O seu corpo pode reagir a algo no produto de exossomos ou no líquido com que ele é misturado. Um produto puro, de origem conhecida e testado por um laboratório independente diminui esse risco.\n\nDificuldade para respirar, inchaço no rosto, nos lábios ou na língua, uma erupção na pele que se espalha ou tontura podem ser sinais de uma reação alérgica grave: **ligue agora para {{emergency}}**.',
      },
      {
        id: 'hair-loss-worse',
        category: 'risks',
        question: 'O tratamento pode piorar a queda de cabelo?',
        answer:
          'Até agora, não há evidências de que ele acelere a queda de cabelo. Em teoria, porém, um produto de má qualidade que cause uma inflamação forte ou uma reação do sistema imunológico poderia prejudicar as raízes do cabelo (folículos). Esse é um dos motivos para escolher com cuidado quem vai fazer o seu tratamento.',
      },
      {
        id: 'compared-to-prp',
        category: 'risks',
        question: 'Os efeitos colaterais são piores do que com PRP ou microagulhamento?',
        answer:
          'Geralmente, não. Os efeitos colaterais costumam ser mais ou menos os mesmos do PRP e do microagulhamento, porque a maioria deles vem das agulhas ou das injeções, e não dos exossomos.',
      },
      {
        id: 'lower-risk',
        category: 'risks',
        question: 'Como posso diminuir o meu risco?',
        answer:
          'A sua segurança depende principalmente da clínica e da pessoa que faz o seu tratamento:\n\n- Escolha um médico habilitado e experiente, como um dermatologista ou um cirurgião plástico, que trabalhe em uma clínica médica. Evite spas de estética e pessoas sem formação médica.\n- Pergunte de onde vêm os exossomos e se um laboratório independente os testou.\n- Informe o médico sobre a sua saúde, incluindo gravidez, amamentação, câncer, doenças autoimunes ou infecção no couro cabeludo.\n- Siga as orientações de cuidados após o tratamento que você receber e observe se aparecem sinais de alerta nos dias seguintes ao tratamento.',
      },
      {
        id: 'who-should-avoid',
        category: 'before',
        question: 'Quem não deve fazer este tratamento?',
        answer:
          'Este tratamento pode não ser adequado para você se você:\n\n- está grávida\n- está amamentando\n- está com uma infecção no couro cabeludo neste momento\n- tem uma doença autoimune\n- já teve certos tipos de câncer\n\nConverse com um médico antes do tratamento para que ele avalie a sua saúde e o seu histórico médico.',
      },
      {
        id: 'questions-to-ask',
        category: 'before',
        question: 'O que devo perguntar a uma clínica antes do tratamento?',
        answer:
          'É razoável perguntar:\n\n- De onde exatamente vêm os exossomos que vocês usam?\n- Vocês podem me mostrar laudos de um laboratório independente sobre a pureza e a segurança deles, incluindo testes para vírus e outros germes?\n- Quanta experiência vocês têm com este tratamento e quantos pacientes já trataram?\n- O que vocês fazem se um paciente tiver uma reação ruim?\n\nUma boa clínica dá respostas claras e específicas, que podem ser verificadas.',
      },
      {
        id: 'fda-approval',
        category: 'evidence',
        question: 'O tratamento capilar com exossomos é aprovado pela FDA?',
        answer:
          'Não. A agência dos EUA que regula alimentos e medicamentos (FDA) não aprovou nenhum produto de exossomos para uso estético e já alertou o público sobre produtos de exossomos não aprovados. Nos EUA, os exossomos são regulamentados como medicamentos e produtos biológicos, que precisam passar por estudos clínicos rigorosos antes de serem aprovados.',
      },
      {
        id: 'success-rate',
        category: 'evidence',
        question: 'Qual é a eficácia do tratamento?',
        answer:
          'Isso ainda não se sabe. Os primeiros estudos e relatos individuais parecem promissores, mas ainda são necessários estudos clínicos grandes e bem planejados para mostrar com que frequência ele funciona. Os resultados podem variar muito de pessoa para pessoa, dependendo da causa da queda de cabelo e da qualidade do produto.',
      },
    ],
  },
  n = {
    title: 'Comparação dos efeitos colaterais',
    intro:
      'Os efeitos colaterais da terapia capilar com exossomos ao lado dos de outros quatro tratamentos comuns para queda de cabelo. Esta é uma comparação geral: os seus próprios riscos dependem da sua saúde e de quem faz o seu tratamento.',
    caption: 'Efeitos colaterais de cinco tratamentos para queda de cabelo',
    columns: {
      treatment: 'Tratamento',
      common: 'Efeitos colaterais comuns',
      serious: 'Riscos graves',
      tolerability: 'Tolerância geral',
      invasiveness: 'Grau de invasão',
    },
    treatments: [
      {
        id: 'exosome',
        name: 'Terapia capilar com exossomos',
        common:
          'Couro cabeludo vermelho, inchaço leve, sensibilidade, pequenos hematomas (geralmente somem em 24 a 48 horas)',
        serious:
          'Reações alérgicas ou do sistema imunológico, que são raras; infecção se a clínica não mantiver tudo estéril',
        tolerability:
          'Geralmente bem tolerada quando são usados um produto de alta qualidade e métodos clínicos adequados',
      },
      {
        id: 'prp',
        name: 'PRP (plasma rico em plaquetas)',
        common:
          'Dor passageira, inchaço, hematomas, dor de cabeça, sensação de repuxamento no couro cabeludo',
        serious: 'Infecção; lesão de nervo (rara)',
        tolerability: 'Bem tolerado; os efeitos colaterais vêm principalmente das injeções',
      },
      {
        id: 'microneedling',
        name: 'Microagulhamento',
        common: 'Vermelhidão, irritação, pontinhos de sangramento, inflamação passageira',
        serious: 'Infecção ou cicatrizes se não for feito corretamente',
        tolerability: 'De leve a moderada; depende da profundidade das agulhas e da técnica',
      },
      {
        id: 'transplant',
        name: 'Cirurgia de transplante capilar',
        common: 'Inchaço, dor, casquinhas, queda temporária dos fios (o chamado “shock loss”)',
        serious: 'Infecção, cicatrizes, fios transplantados que não sobrevivem',
        tolerability: 'Mais invasiva; recuperação mais longa e risco maior',
      },
      {
        id: 'stem-cell',
        name: 'Terapias com células-tronco',
        common: 'Irritação e inflamação no local da injeção',
        serious:
          'Mais incerteza, por causa do comportamento das células vivas e de questões de regulamentação',
        tolerability:
          'Varia; a segurança depende muito da origem das células e de como elas são processadas',
      },
    ],
    invasiveness: [
      {
        id: 'surface',
        label: 'Baixo',
        description: 'Agulhas finas na camada superficial da pele',
      },
      {
        id: 'injection',
        label: 'Médio',
        description: 'Injeções ou microagulhamento no couro cabeludo',
      },
      {
        id: 'surgery',
        label: 'Alto',
        description: 'Cirurgia',
      },
    ],
    takeawaysTitle: 'Pontos principais',
    takeaways: [
      'A terapia com exossomos não usa células vivas, o que pode evitar alguns dos riscos dos tratamentos que usam células vivas.',
      'Nas opções sem cirurgia (exossomos, PRP, microagulhamento), a maioria dos efeitos colaterais, como vermelhidão ou inchaço, vem das agulhas ou das injeções, e não do produto.',
      'Quanto mais invasivo é o tratamento, maior o risco: a cirurgia costuma trazer mais efeitos colaterais, e mais duradouros, do que as injeções ou o microagulhamento.',
      'Nos tratamentos mais novos feitos com material biológico, incluindo os exossomos, a forma como o material é obtido, testado e manuseado faz muita diferença para a segurança.',
    ],
    summary:
      'Nenhum tratamento para queda de cabelo é livre de riscos. Quando profissionais médicos qualificados usam produtos devidamente testados, os efeitos colaterais da terapia com exossomos costumam ser parecidos com os de outras opções minimamente invasivas.',
  },
  r = {
    title: 'Quando procurar ajuda: um questionário rápido',
    intro:
      'Responda a algumas perguntas sobre como você está se sentindo depois do tratamento. O questionário mostra se o que você sente parece esperado, se vale a pena observar, se é motivo para entrar em contato com a sua clínica hoje ou se é uma emergência.',
    notDiagnosis:
      'Este questionário dá orientações gerais. Ele não é um diagnóstico. Se você tiver dúvidas ou preocupações, entre em contato com {{clinic}} ou com um médico.',
    redFlagsQuestion: 'Você tem algum destes sinais agora?',
    redFlags: [
      {
        id: 'breathing',
        label: 'Dificuldade para respirar ou falta de ar',
      },
      {
        id: 'face-swelling',
        label: 'Inchaço no rosto, nos lábios ou na língua',
      },
      {
        id: 'spreading-rash',
        label: 'Erupção na pele ou urticária que se espalha além da área tratada',
      },
      {
        id: 'dizziness',
        label: 'Tontura ou desmaio',
      },
    ],
    timeQuestion: 'Há quanto tempo você fez o tratamento?',
    times: [
      {
        id: 'under-24h',
        label: 'Há menos de 24 horas',
      },
      {
        id: '1-2-days',
        label: 'Há 1 a 2 dias',
      },
      {
        id: '2-3-days',
        label: 'Há 2 a 3 dias',
      },
      {
        id: 'over-3-days',
        label: 'Há mais de 3 dias',
      },
    ],
    symptomsQuestion: 'Quais destes você tem agora? Marque todos os que se aplicam.',
    symptomGroups: [
      {
        id: 'usual',
        title: 'Comuns depois do tratamento',
      },
      {
        id: 'infection',
        title: 'Sinais de infecção',
      },
      {
        id: 'other',
        title: 'Outros sinais de alerta',
      },
    ],
    symptoms: [
      {
        id: 'redness',
        label: 'Vermelhidão',
      },
      {
        id: 'swelling',
        label: 'Inchaço',
      },
      {
        id: 'tenderness',
        label: 'Sensibilidade ou dor ao toque',
      },
      {
        id: 'bleeding-bruising',
        label: 'Pontinhos de sangramento ou hematomas',
      },
      {
        id: 'pus',
        label: 'Pus ou outra secreção',
      },
      {
        id: 'smell',
        label: 'Um cheiro estranho',
      },
      {
        id: 'fever',
        label: 'Febre',
      },
      {
        id: 'severe-pain',
        label: 'Dor forte ou que está piorando',
      },
      {
        id: 'itching',
        label: 'Coceira intensa',
      },
      {
        id: 'lumps',
        label: 'Caroços fora do normal',
      },
    ],
    noSymptoms: 'Nenhum destes',
    trendQuestion: 'Desde que começaram, os seus sintomas estão…',
    trends: [
      {
        id: 'better',
        label: 'Melhorando',
      },
      {
        id: 'same',
        label: 'Do mesmo jeito',
      },
      {
        id: 'worse',
        label: 'Piorando',
      },
    ],
    results: [
      {
        id: 'emergency',
        title: 'Emergência: ligue agora para {{emergency}}',
        body: 'O que você descreve pode ser sinal de uma reação alérgica grave ou de uma reação no corpo todo. Ligue agora para {{emergency}} ou vá ao pronto-socorro mais próximo. Não espere para ver se melhora.',
      },
      {
        id: 'today',
        title: 'Entre em contato com a sua clínica hoje',
        body: 'O que você descreve deve ser avaliado por um médico ou enfermeiro hoje. Entre em contato com {{clinic}} hoje. Se não conseguir falar com a clínica e se sentir pior, procure atendimento médico de urgência.',
      },
      {
        id: 'watch',
        title:
          'Continue observando e entre em contato com a sua clínica se não melhorar em até 72 horas',
        body: 'Isso ainda pode fazer parte da cicatrização normal, mas fique de olho. Se não tiver melhorado claramente 72 horas (3 dias) depois do tratamento, ou se piorar, entre em contato com {{clinic}}.',
      },
      {
        id: 'expected',
        title: 'Isso parece esperado: costuma melhorar em 24 a 48 horas',
        body: 'Vermelhidão, inchaço leve, sensibilidade e pequenos hematomas são comuns depois do tratamento e costumam desaparecer sozinhos em 24 a 48 horas.',
      },
    ],
    selfCareTitle: 'Como cuidar do seu couro cabeludo',
    selfCare: [
      'Siga as orientações de cuidados que a sua clínica passou para você.',
      'Mantenha a área tratada limpa e não coce, não cutuque nem esfregue a região.',
      'Observe a área todos os dias e preste atenção aos sinais de alerta deste questionário.',
      'Se não tiver certeza de que algo é normal, entre em contato com a sua clínica.',
    ],
    emergencyGuidance:
      'Se você tiver dificuldade para respirar, inchaço no rosto, nos lábios ou na língua, uma erupção na pele que se espalha além da área tratada, ou sentir tontura ou que vai desmaiar, ligue agora para {{emergency}}.',
  },
  i = {
    title: 'Este tratamento é adequado para mim?',
    intro: 'Este tratamento pode não ser indicado para você se algum destes itens se aplicar:',
    items: [
      {
        id: 'pregnant',
        label: 'Você está grávida',
      },
      {
        id: 'breastfeeding',
        label: 'Você está amamentando',
      },
      {
        id: 'cancer',
        label: 'Você tem histórico de certos tipos de câncer',
      },
      {
        id: 'scalp-infection',
        label: 'Você está com uma infecção no couro cabeludo neste momento',
      },
      {
        id: 'autoimmune',
        label: 'Você tem uma doença autoimune',
      },
    ],
    advice:
      'Se algum destes itens se aplicar a você, converse com o seu médico antes de fazer este tratamento.',
  },
  a = {
    title: 'Perguntas para fazer a uma clínica antes do tratamento',
    items: [
      {
        id: 'source',
        text: 'De onde exatamente vêm os exossomos que vocês usam?',
      },
      {
        id: 'lab-reports',
        text: 'Vocês podem me mostrar laudos de um laboratório independente sobre a pureza e a segurança deles, incluindo testes para vírus e outros germes?',
      },
      {
        id: 'experience',
        text: 'Quanta experiência vocês têm com este tratamento e quantos pacientes já trataram?',
      },
      {
        id: 'reactions',
        text: 'O que vocês fazem se um paciente tiver uma reação ruim?',
      },
    ],
    note: 'Uma boa clínica dá respostas claras e específicas, que podem ser verificadas.',
  },
  o =
    'Estas são informações gerais, e não uma orientação médica nem um diagnóstico. Elas não substituem uma consulta com um médico. Se você tiver preocupações com a sua saúde, entre em contato com {{clinic}} ou com um médico.',
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
