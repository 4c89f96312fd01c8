// src/i18n/locales/es/content.json
var e = {
    topic: 'exosome-hair-therapy',
    title: 'Terapia capilar con exosomas: efectos secundarios y cuándo pedir ayuda',
    intro:
      'Respuestas claras sobre qué esperar después de la terapia capilar con exosomas, qué efectos secundarios son normales y cuándo buscar ayuda médica.',
    source:
      'Basado en un artículo de 2025 sobre los efectos secundarios de la terapia capilar con exosomas, reescrito en lenguaje sencillo.',
    lastReviewed: '2026-11-29',
    reviewNote: 'Esta traducción todavía no ha sido revisada por un profesional de la salud.',
  },
  t = {
    categories: [
      {
        id: 'normal',
        title: 'Qué es normal después del tratamiento',
      },
      {
        id: 'warning',
        title: 'Señales de alarma y cuándo pedir ayuda',
      },
      {
        id: 'risks',
        title: 'Riesgos y seguridad',
      },
      {
        id: 'before',
        title: 'Antes del tratamiento',
      },
      {
        id: 'evidence',
        title: 'Regulación y evidencia',
      },
    ],
    items: [
      {
        id: 'normal-side-effects',
        category: 'normal',
        question: '¿Qué efectos secundarios son normales?',
        answer:
          'La mayoría de los efectos secundarios se deben a la micropunción (microneedling) o a las inyecciones con que se aplica el tratamiento, no a los exosomas en sí. Suelen ser leves y durar poco:\n\n- el cuero cabelludo rojo y sensible, algo parecido a una quemadura de sol leve\n- una ligera hinchazón, que suele bajar en un día\n- puntitos de sangrado o pequeños moretones donde entraron las agujas\n- algo de inflamación, que forma parte de la curación normal\n\nPor lo general, estos efectos desaparecen solos en 24 a 48 horas.',
      },
      {
        id: 'how-long',
        category: 'normal',
        question: '¿Cuánto duran los efectos secundarios?',
        answer:
          'Normalmente, uno o dos días. El enrojecimiento leve, la hinchazón, la sensibilidad o los pequeños moretones suelen mejorar en 24 a 48 horas.\n\nSi siguen ahí después de 72 horas (3 días), comuníquese con {{clinic}} para que un médico o una enfermera los revise.',
      },
      {
        id: 'permanent',
        category: 'normal',
        question: '¿Los efectos secundarios son permanentes?',
        answer:
          'En la mayoría de los casos, no. El enrojecimiento, la hinchazón y la sensibilidad suelen desaparecer en 24 a 48 horas, y la mayoría de los efectos secundarios se van en pocos días.\n\nHasta ahora no hay pruebas sólidas de efectos secundarios duraderos cuando se usa un producto de buena calidad con la atención médica adecuada.',
      },
      {
        id: 'pain',
        category: 'normal',
        question: '¿El tratamiento duele?',
        answer:
          'La mayoría de las personas siente muy poco dolor. Antes de la micropunción se aplica una crema anestésica en el cuero cabelludo, así que la mayoría solo siente algo de presión o un hormigueo.',
      },
      {
        id: 'normal-or-concern',
        category: 'warning',
        question: '¿Cómo sé si un efecto secundario es normal o una señal de alarma?',
        answer:
          'La mayoría de los efectos secundarios son normales y desaparecen solos: enrojecimiento, sensibilidad, hinchazón leve o pequeños moretones que mejoran en 24 a 48 horas.\n\nVigile con atención si tiene:\n\n- enrojecimiento o hinchazón que sigue ahí después de 72 horas\n- dolor intenso\n- señales de infección, como pus, un olor extraño o fiebre\n\nEstas señales pueden indicar un problema que necesita atención médica. Las reacciones graves, como una reacción alérgica o una inflamación causada por su sistema inmunitario, son poco frecuentes, pero pueden ocurrir. Pedir ayuda a tiempo es más seguro para usted.',
      },
      {
        id: 'when-to-get-help',
        category: 'warning',
        question: '¿Cuándo debo buscar ayuda médica?',
        answer:
          'Comuníquese con {{clinic}} o con un médico **de inmediato** si tiene:\n\n- enrojecimiento, hinchazón o sensibilidad que dura más de 48 a 72 horas\n- señales de infección: pus, un olor extraño o fiebre\n- dolor intenso o que empeora, picazón intensa o bultos que antes no tenía\n\n**Llame ahora a {{emergency}}** si tiene una reacción en todo el cuerpo, como dificultad para respirar o falta de aire, hinchazón de la cara, los labios o la lengua, un sarpullido que se extiende más allá de la zona tratada, o mareo o desmayo.',
      },
      {
        id: 'serious-risks',
        category: 'risks',
        question: '¿Cuáles son los riesgos graves?',
        answer:
          'Los problemas graves son poco frecuentes, pero usted debe conocerlos:\n\n- **Reacción alérgica.** Se cree que el riesgo es bajo, pero su cuerpo puede reaccionar a algo del producto de exosomas o del líquido con el que se mezcla.\n- **Infección.** Cualquier tratamiento que atraviesa la piel puede dejar entrar gérmenes. Qué tan estrictamente sigue la clínica los métodos estériles (sin gérmenes) marca una gran diferencia.\n- **De dónde vienen los exosomas y qué tan puros son.** Esta es la mayor preocupación. Los exosomas suelen obtenerse de células madre humanas donadas, por ejemplo, del cordón umbilical o del tejido graso. Un producto mal fabricado podría contener restos de células u otros contaminantes que provoquen una reacción dañina del sistema inmunitario u otros problemas.\n- **Reacción del sistema inmunitario.** Los exosomas vienen de fuera de su cuerpo, así que, en teoría, su sistema inmunitario podría reaccionar a ellos y causar inflamación. Todavía no hay suficientes estudios a largo plazo para saberlo.',
      },
      {
        id: 'allergic-reaction',
        category: 'risks',
        question: '¿El tratamiento puede causar una reacción alérgica?',
        answer:
          'Sí, pero es poco frecuente. Su cuerpo puede reaccionar a algo del producto de exosomas o del líquido con el que se mezcla. Un producto puro, de origen conocido y analizado por un laboratorio independiente reduce este riesgo.\n\nLa dificultad para respirar, la hinchazón de la cara, los labios o la lengua, un sarpullido que se extiende o el mareo pueden ser señales de una reacción alérgica grave: **llame ahora a {{emergency}}**.',
      },
      {
        id: 'hair-loss-worse',
        category: 'risks',
        question: '¿El tratamiento puede empeorar la caída del cabello?',
        answer:
          'Hasta ahora no hay pruebas de que acelere la caída del cabello. Sin embargo, en teoría, un producto de mala calidad que cause una inflamación fuerte o una reacción del sistema inmunitario podría dañar las raíces del cabello (los folículos). Esta es una de las razones para elegir con cuidado a quien le hará el tratamiento.',
      },
      {
        id: 'compared-to-prp',
        category: 'risks',
        question: '¿Los efectos secundarios son peores que con el PRP o la micropunción?',
        answer:
          'Por lo general, no. Los efectos secundarios suelen ser más o menos los mismos que con el PRP y la micropunción, porque la mayoría se deben a las agujas o a las inyecciones, no a los exosomas.',
      },
      {
        id: 'lower-risk',
        category: 'risks',
        question: '¿Cómo puedo reducir mi riesgo?',
        answer:
          'Su seguridad depende sobre todo de la clínica y de la persona que le hace el tratamiento:\n\n- Elija un médico con licencia y con experiencia, como un dermatólogo o un cirujano estético, que trabaje en una clínica médica. Evite los spas médicos y a las personas sin formación médica.\n- Pregunte de dónde vienen los exosomas y si un laboratorio independiente los ha analizado.\n- Informe al médico sobre su salud, incluido embarazo, lactancia, cáncer, enfermedades autoinmunes o una infección en el cuero cabelludo.\n- Siga las indicaciones de cuidado posterior que le den y vigile si aparecen señales de alarma en los días después del tratamiento.',
      },
      {
        id: 'who-should-avoid',
        category: 'before',
        question: '¿Quién no debería hacerse este tratamiento?',
        answer:
          'Es posible que este tratamiento no sea adecuado para usted si:\n\n- está embarazada\n- está amamantando\n- tiene una infección en el cuero cabelludo en este momento\n- tiene una enfermedad autoinmune\n- ha tenido ciertos tipos de cáncer\n\nHable con un médico antes del tratamiento para que revise su salud y sus antecedentes médicos.',
      },
      {
        id: 'questions-to-ask',
        category: 'before',
        question: '¿Qué debo preguntarle a una clínica antes del tratamiento?',
        answer:
          'Es razonable preguntar:\n\n- ¿De dónde vienen exactamente los exosomas que usan?\n- ¿Me pueden mostrar informes de un laboratorio independiente sobre su pureza y seguridad, incluidas pruebas de virus y otros gérmenes?\n- ¿Cuánta experiencia tienen con este tratamiento y a cuántos pacientes han tratado?\n- ¿Qué hacen si un paciente tiene una mala reacción?\n\nUna buena clínica da respuestas claras y concretas que se pueden comprobar.',
      },
      {
        id: 'fda-approval',
        category: 'evidence',
        question: '¿El tratamiento capilar con exosomas está aprobado por la FDA?',
        answer:
          'No. La Administración de Alimentos y Medicamentos de EE. UU. (FDA) no ha aprobado ningún producto de exosomas para uso cosmético, y ha advertido al público sobre productos de exosomas no aprobados. En EE. UU., los exosomas se regulan como medicamentos y productos biológicos, que deben superar ensayos clínicos rigurosos antes de poder aprobarse.',
      },
      {
        id: 'success-rate',
        category: 'evidence',
        question: '¿Qué tan bien funciona?',
        answer:
          'Todavía no se sabe. Los primeros estudios y algunos casos individuales parecen prometedores, pero aún se necesitan ensayos clínicos grandes y bien diseñados para saber con qué frecuencia funciona. Los resultados pueden variar mucho de una persona a otra, según la causa de la caída del cabello y la calidad del producto.',
      },
    ],
  },
  n = {
    title: 'Cómo se comparan los efectos secundarios',
    intro:
      'Los efectos secundarios de la terapia capilar con exosomas junto a los de otros cuatro tratamientos comunes para la caída del cabello. Es una comparación general: sus propios riesgos dependen de su salud y de quién le hace el tratamiento.',
    caption: 'Efectos secundarios de cinco tratamientos para la caída del cabello',
    columns: {
      treatment: 'Tratamiento',
      common: 'Efectos secundarios comunes',
      serious: 'Riesgos graves',
      tolerability: 'Tolerancia general',
      invasiveness: 'Nivel de invasión',
    },
    treatments: [
      {
        id: 'exosome',
        name: 'Terapia capilar con exosomas',
        common:
          'Cuero cabelludo rojo, hinchazón leve, sensibilidad, pequeños moretones (suelen desaparecer en 24 a 48 horas)',
        serious:
          'Reacciones alérgicas o del sistema inmunitario poco frecuentes; infección si la clínica no mantiene todo estéril',
        tolerability:
          'Suele tolerarse bien cuando se usan un producto de alta calidad y métodos clínicos adecuados',
      },
      {
        id: 'prp',
        name: 'PRP (plasma rico en plaquetas)',
        common:
          'Dolor pasajero, hinchazón, moretones, dolor de cabeza, sensación de tirantez en el cuero cabelludo',
        serious: 'Infección; lesión de un nervio (poco frecuente)',
        tolerability:
          'Se tolera bien; los efectos secundarios se deben sobre todo a las inyecciones',
      },
      {
        id: 'microneedling',
        name: 'Micropunción (microneedling)',
        common: 'Enrojecimiento, irritación, puntitos de sangrado, inflamación pasajera',
        serious: 'Infección o cicatrices si no se hace correctamente',
        tolerability: 'De leve a moderada; depende de la profundidad de las agujas y de la técnica',
      },
      {
        id: 'transplant',
        name: 'Cirugía de trasplante de cabello',
        common: 'Hinchazón, dolor, costras, caída temporal del cabello (caída por shock)',
        serious: 'Infección, cicatrices, cabello trasplantado que no sobrevive',
        tolerability: 'Más invasiva; recuperación más larga y mayor riesgo',
      },
      {
        id: 'stem-cell',
        name: 'Terapias con células madre',
        common: 'Irritación e inflamación en el lugar de la inyección',
        serious:
          'Más incertidumbre, por cómo se comportan las células vivas y por dudas sobre su regulación',
        tolerability:
          'Varía; la seguridad depende mucho de dónde vienen las células y de cómo se procesan',
      },
    ],
    invasiveness: [
      {
        id: 'surface',
        label: 'Bajo',
        description: 'Agujas finas en la capa superior de la piel',
      },
      {
        id: 'injection',
        label: 'Medio',
        description: 'Inyecciones o micropunción en el cuero cabelludo',
      },
      {
        id: 'surgery',
        label: 'Alto',
        description: 'Cirugía',
      },
    ],
    takeawaysTitle: 'Puntos clave',
    takeaways: [
      'La terapia con exosomas no usa células vivas, lo que podría evitar algunos de los riesgos de los tratamientos que usan células vivas.',
      'Con las opciones sin cirugía (exosomas, PRP, micropunción), la mayoría de los efectos secundarios, como el enrojecimiento o la hinchazón, se deben a las agujas o a las inyecciones y no al producto.',
      'Cuanto más invasivo es un tratamiento, mayor es el riesgo: la cirugía suele causar más efectos secundarios, y más duraderos, que las inyecciones o la micropunción.',
      'En los tratamientos más nuevos hechos con material biológico, incluidos los exosomas, la forma en que se obtiene, se analiza y se manipula ese material es muy importante para la seguridad.',
    ],
    summary:
      'Ningún tratamiento para la caída del cabello está libre de riesgos. Cuando profesionales médicos calificados usan productos debidamente analizados, los efectos secundarios de la terapia con exosomas suelen ser parecidos a los de otras opciones mínimamente invasivas.',
  },
  r = {
    title: 'Cuándo pedir ayuda: un cuestionario rápido',
    intro:
      'Responda algunas preguntas sobre cómo se siente después del tratamiento. El cuestionario le indica si lo que tiene parece algo esperado, algo que conviene vigilar, un motivo para comunicarse hoy con su clínica o una emergencia.',
    notDiagnosis:
      'Este cuestionario da una orientación general. No es un diagnóstico. Si tiene dudas o algo le preocupa, comuníquese con {{clinic}} o con un médico.',
    redFlagsQuestion: '¿Tiene ahora mismo alguno de estos síntomas?',
    redFlags: [
      {
        id: 'breathing',
        label: 'Dificultad para respirar o falta de aire',
      },
      {
        id: 'face-swelling',
        label: 'Hinchazón de la cara, los labios o la lengua',
      },
      {
        id: 'spreading-rash',
        label: 'Un sarpullido o ronchas que se extienden más allá de la zona tratada',
      },
      {
        id: 'dizziness',
        label: 'Mareo o desmayo',
      },
    ],
    timeQuestion: '¿Hace cuánto tiempo fue su tratamiento?',
    times: [
      {
        id: 'under-24h',
        label: 'Hace menos de 24 horas',
      },
      {
        id: '1-2-days',
        label: 'Hace entre 1 y 2 días',
      },
      {
        id: '2-3-days',
        label: 'Hace entre 2 y 3 días',
      },
      {
        id: 'over-3-days',
        label: 'Hace más de 3 días',
      },
    ],
    symptomsQuestion: '¿Cuáles de estos síntomas tiene ahora? Elija todos los que correspondan.',
    symptomGroups: [
      {
        id: 'usual',
        title: 'Comunes después del tratamiento',
      },
      {
        id: 'infection',
        title: 'Señales de infección',
      },
      {
        id: 'other',
        title: 'Otras señales de alarma',
      },
    ],
    symptoms: [
      {
        id: 'redness',
        label: 'Enrojecimiento',
      },
      {
        id: 'swelling',
        label: 'Hinchazón',
      },
      {
        id: 'tenderness',
        label: 'Sensibilidad o dolor al tocar',
      },
      {
        id: 'bleeding-bruising',
        label: 'Puntitos de sangrado o moretones',
      },
      {
        id: 'pus',
        label: 'Pus u otra secreción',
      },
      {
        id: 'smell',
        label: 'Un olor extraño',
      },
      {
        id: 'fever',
        label: 'Fiebre',
      },
      {
        id: 'severe-pain',
        label: 'Dolor intenso o que empeora',
      },
      {
        id: 'itching',
        label: 'Picazón intensa',
      },
      {
        id: 'lumps',
        label: 'Bultos fuera de lo normal',
      },
    ],
    noSymptoms: 'Ninguno de estos',
    trendQuestion: 'Desde que empezaron, sus síntomas…',
    trends: [
      {
        id: 'better',
        label: 'Están mejorando',
      },
      {
        id: 'same',
        label: 'Siguen igual',
      },
      {
        id: 'worse',
        label: 'Están empeorando',
      },
    ],
    results: [
      {
        id: 'emergency',
        title: 'Emergencia: llame ahora a {{emergency}}',
        body: 'Lo que describe puede ser señal de una reacción alérgica grave o de una reacción en todo el cuerpo. Llame ahora a {{emergency}} o vaya a la sala de emergencias más cercana. No espere a ver si mejora.',
      },
      {
        id: 'today',
        title: 'Comuníquese hoy con su clínica',
        body: 'Lo que describe debe revisarlo un médico o una enfermera hoy. Comuníquese hoy con {{clinic}}. Si no logra comunicarse y se siente peor, busque atención médica urgente.',
      },
      {
        id: 'watch',
        title: 'Siga vigilando y comuníquese con su clínica si no ha mejorado a las 72 horas',
        body: 'Esto todavía puede ser parte de la curación normal, pero vigílelo. Si no ha mejorado claramente 72 horas (3 días) después del tratamiento, o si empeora, comuníquese con {{clinic}}.',
      },
      {
        id: 'expected',
        title: 'Parece algo esperado: suele calmarse en 24 a 48 horas',
        body: 'El enrojecimiento, la hinchazón leve, la sensibilidad y los pequeños moretones son comunes después del tratamiento y suelen desaparecer solos en 24 a 48 horas.',
      },
    ],
    selfCareTitle: 'Cómo cuidar su cuero cabelludo',
    selfCare: [
      'Siga las instrucciones de cuidado posterior que le dio su clínica.',
      'Mantenga limpia la zona tratada y no la rasque, no la pellizque ni la frote.',
      'Revise la zona todos los días y esté pendiente de las señales de alarma de este cuestionario.',
      'Si tiene dudas sobre si algo es normal, comuníquese con su clínica.',
    ],
    emergencyGuidance:
      'Si tiene dificultad para respirar, hinchazón de la cara, los labios o la lengua, un sarpullido que se extiende más allá de la zona tratada, o siente mareo o que se va a desmayar, llame ahora a {{emergency}}.',
  },
  i = {
    title: '¿Es este tratamiento adecuado para mí?',
    intro:
      'Es posible que este tratamiento no sea adecuado para usted si se cumple alguno de estos puntos:',
    items: [
      {
        id: 'pregnant',
        label: 'Está embarazada',
      },
      {
        id: 'breastfeeding',
        label: 'Está amamantando',
      },
      {
        id: 'cancer',
        label: 'Tiene antecedentes de ciertos tipos de cáncer',
      },
      {
        id: 'scalp-infection',
        label: 'Tiene una infección en el cuero cabelludo en este momento',
      },
      {
        id: 'autoimmune',
        label: 'Tiene una enfermedad autoinmune',
      },
    ],
    advice:
      'Si alguno de estos puntos se aplica a usted, hable con su médico antes de hacerse este tratamiento.',
  },
  a = {
    title: 'Preguntas para hacerle a una clínica antes del tratamiento',
    items: [
      {
        id: 'source',
        text: '¿De dónde vienen exactamente los exosomas que usan?',
      },
      {
        id: 'lab-reports',
        text: '¿Me pueden mostrar informes de un laboratorio independiente sobre su pureza y seguridad, incluidas pruebas de virus y otros gérmenes?',
      },
      {
        id: 'experience',
        text: '¿Cuánta experiencia tienen con este tratamiento y a cuántos pacientes han tratado?',
      },
      {
        id: 'reactions',
        text: '¿Qué hacen si un paciente tiene una mala reacción?',
      },
    ],
    note: 'Una buena clínica da respuestas claras y concretas que se pueden comprobar.',
  },
  o =
    'Esta es información general, no un consejo médico ni un diagnóstico. No reemplaza la consulta con un médico. Si le preocupa su salud, comuníquese con {{clinic}} o con un médico.',
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
