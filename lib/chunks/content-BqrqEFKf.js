// src/i18n/locales/zh-Hans/content.json
var e = {
    topic: 'exosome-hair-therapy',
    title: '外泌体毛发治疗：副作用以及何时需要求助',
    intro:
      '用通俗的语言说明：外泌体毛发治疗后会出现什么情况，哪些副作用属于正常，以及什么时候应该寻求医疗帮助。',
    source: '本文根据2025年一篇关于外泌体毛发治疗副作用的文章，用通俗易懂的语言改写而成。',
    lastReviewed: '2026-11-29',
    reviewNote: '本译文尚未经过临床医生审核。',
  },
  t = {
    categories: [
      {
        id: 'normal',
        title: '治疗后哪些情况属于正常',
      },
      {
        id: 'warning',
        title: '警示迹象及何时求助',
      },
      {
        id: 'risks',
        title: '风险与安全',
      },
      {
        id: 'before',
        title: '治疗前',
      },
      {
        id: 'evidence',
        title: '监管与证据',
      },
    ],
    items: [
      {
        id: 'normal-side-effects',
        category: 'normal',
        question: '哪些副作用属于正常？',
        answer:
          '大多数副作用是由治疗时使用的微针或注射引起的，而不是由外泌体本身引起的。这些副作用通常比较轻微，持续时间也短：\n\n- 头皮发红、一碰就痛，有点像轻度晒伤\n- 轻微肿胀，通常在一天内消退\n- 针刺处出现细小的出血点或小块淤青\n- 出现一些炎症，这是正常愈合过程的一部分\n\n这些症状通常会在24至48小时内自行消失。',
      },
      {
        id: 'how-long',
        category: 'normal',
        question: '副作用会持续多久？',
        answer:
          '通常为一到两天。轻微的发红、肿胀、触痛（一碰就痛）或小块淤青，一般会在24至48小时内好转。\n\n如果72小时（3天）后这些症状仍然存在，请联系{{clinic}}，让医生或护士为您检查。',
      },
      {
        id: 'permanent',
        category: 'normal',
        question: '副作用是永久性的吗？',
        answer:
          '大多数情况下不是。发红、肿胀和触痛通常会在24至48小时内消退，大多数副作用会在几天内消失。\n\n到目前为止，在规范的医疗护理下使用质量良好的产品时，还没有有力的证据表明会出现持久的副作用。',
      },
      {
        id: 'pain',
        category: 'normal',
        question: '治疗会痛吗？',
        answer:
          '大多数人只感到很轻微的疼痛。做微针之前，会在头皮上涂抹麻醉药膏，所以大多数人只会感到一些压迫感或麻刺感。',
      },
      {
        id: 'normal-or-concern',
        category: 'warning',
        question: '我怎样判断某个副作用是正常的，还是警示迹象？',
        answer:
          '大多数副作用是正常的，会自行消失：发红、触痛、轻微肿胀或小块淤青，会在24至48小时内好转。\n\n请密切留意以下情况：\n\n- 72小时后仍然存在的发红或肿胀\n- 剧烈疼痛\n- 感染迹象，例如流脓、有异常气味或发烧\n\n这些情况可能意味着出现了需要医疗处理的问题。严重反应（例如过敏反应，或由您的免疫系统引起的炎症）很少见，但确实可能发生。及早求助能让您更安全。',
      },
      {
        id: 'when-to-get-help',
        category: 'warning',
        question: '我什么时候应该寻求医疗帮助？',
        answer:
          '如果您出现以下情况，请**立即**联系{{clinic}}或医生：\n\n- 发红、肿胀或触痛持续超过48至72小时\n- 感染迹象：流脓、有异常气味或发烧\n- 疼痛剧烈或越来越重、剧烈瘙痒，或出现以前没有的肿块\n\n如果您出现全身性反应，例如呼吸困难或气短，面部、嘴唇或舌头肿胀，皮疹扩散到治疗部位以外，或头晕、昏倒，**请立即拨打{{emergency}}**。',
      },
      {
        id: 'serious-risks',
        category: 'risks',
        question: '有哪些严重风险？',
        answer:
          '严重问题并不常见，但您应该了解：\n\n- **过敏反应。**一般认为风险较低，但您的身体可能会对外泌体产品中的某种成分，或对与之混合的液体产生反应。\n- **感染。**任何会弄破皮肤的治疗都可能让病菌进入。诊所执行无菌（没有病菌）操作的严格程度，影响很大。\n- **外泌体的来源和纯度。**这是最大的担忧。外泌体通常由捐献的人类干细胞制成，例如来自脐带或脂肪组织的干细胞。制作不良的产品可能含有细胞碎片或其他污染物，从而引发有害的免疫反应或其他问题。\n- **免疫反应。**外泌体来自您身体之外，因此从理论上讲，您的免疫系统可能会对它们产生反应并引起炎症。目前还没有足够的长期研究来确定这一点。',
      },
      {
        id: 'allergic-reaction',
        category: 'risks',
        question: '这种治疗会引起过敏反应吗？',
        answer:
          '会，但很少见。您的身体可能会对外泌体产品中的某种成分，或对与之混合的液体产生反应。如果产品纯度高、来源明确，并经过独立实验室检测，就能降低这种风险。\n\n呼吸困难，面部、嘴唇或舌头肿胀，皮疹扩散，或头晕，都可能是严重过敏反应的迹象：**请立即拨打{{emergency}}**。',
      },
      {
        id: 'hair-loss-worse',
        category: 'risks',
        question: '这种治疗会让脱发更严重吗？',
        answer:
          '到目前为止，没有证据表明它会加快脱发。不过从理论上讲，劣质产品如果引起强烈的炎症或免疫反应，可能会损伤发根（毛囊）。这也是需要谨慎选择为您治疗的机构和医生的原因之一。',
      },
      {
        id: 'compared-to-prp',
        category: 'risks',
        question: '它的副作用比PRP（富血小板血浆）或微针更严重吗？',
        answer:
          '通常不会。它的副作用总体上与PRP和微针差不多，因为大多数副作用来自针刺或注射，而不是来自外泌体。',
      },
      {
        id: 'lower-risk',
        category: 'risks',
        question: '我怎样才能降低风险？',
        answer:
          '您的安全主要取决于诊所和为您治疗的人：\n\n- 选择有执业资格、经验丰富、在医疗诊所执业的医生，例如皮肤科医生或整形美容外科医生。不要去医美水疗会所，也不要找没有受过医学培训的人。\n- 询问外泌体的来源，以及是否经过独立实验室检测。\n- 告诉医生您的健康状况，包括是否怀孕、是否在哺乳期，是否患有癌症、自身免疫性疾病或头皮感染。\n- 遵循您得到的术后护理建议，并在治疗后的几天内留意警示迹象。',
      },
      {
        id: 'who-should-avoid',
        category: 'before',
        question: '哪些人不应该接受这种治疗？',
        answer:
          '如果您有以下情况，这种治疗可能不适合您：\n\n- 正在怀孕\n- 正在哺乳\n- 目前头皮有感染\n- 患有自身免疫性疾病\n- 曾患过某些类型的癌症\n\n治疗前请咨询医生，以便医生检查您的健康状况和病史。',
      },
      {
        id: 'questions-to-ask',
        category: 'before',
        question: '治疗前我应该向诊所询问哪些问题？',
        answer:
          '以下问题都是合理的，您可以询问：\n\n- 你们的外泌体具体来自哪里？\n- 能否给我看独立实验室出具的纯度和安全性检测报告，包括病毒和其他病菌的检测？\n- 你们在这种治疗方面有多少经验？治疗过多少位患者？\n- 如果患者出现不良反应，你们会怎么处理？\n\n好的诊所会给出清晰、具体、可以核实的回答。',
      },
      {
        id: 'fda-approval',
        category: 'evidence',
        question: '外泌体毛发治疗是否已获美国食品药品监督管理局（FDA）批准？',
        answer:
          '没有。美国食品药品监督管理局（FDA）尚未批准任何用于美容的外泌体产品，并已就未经批准的外泌体产品向公众发出警告。在美国，外泌体作为药品和生物制品进行监管，这类产品必须通过全面的临床试验才能获得批准。',
      },
      {
        id: 'success-rate',
        category: 'evidence',
        question: '它的效果如何？',
        answer:
          '目前还不清楚。早期研究和个别报告的结果看起来很有希望，但仍需要大型、设计良好的临床试验，才能弄清它在多大比例的人身上有效。效果可能因人而异，差别很大，这取决于脱发的原因和产品的质量。',
      },
    ],
  },
  n = {
    title: '各种治疗的副作用比较',
    intro:
      '外泌体毛发治疗与另外四种常见脱发治疗的副作用对比。这只是一般性的比较：您个人的风险取决于您的健康状况，以及由谁为您治疗。',
    caption: '五种脱发治疗的副作用',
    columns: {
      treatment: '治疗方法',
      common: '常见副作用',
      serious: '严重风险',
      tolerability: '总体耐受性',
      invasiveness: '侵入程度',
    },
    treatments: [
      {
        id: 'exosome',
        name: '外泌体毛发治疗',
        common: '头皮发红、轻微肿胀、触痛、小块淤青（通常在24至48小时内消失）',
        serious: '罕见的过敏反应或免疫反应；如果诊所没有做到全程无菌，可能发生感染',
        tolerability: '使用高质量产品并采用规范的临床操作时，通常耐受良好',
      },
      {
        id: 'prp',
        name: 'PRP（富血小板血浆）',
        common: '短期疼痛、肿胀、淤青、头痛、头皮发紧感',
        serious: '感染；神经损伤（罕见）',
        tolerability: '耐受良好；副作用主要来自注射',
      },
      {
        id: 'microneedling',
        name: '微针治疗',
        common: '发红、刺激感、细小出血点、短期炎症',
        serious: '如果操作不当，可能发生感染或留下瘢痕',
        tolerability: '轻度至中度；取决于针刺的深度和操作技术',
      },
      {
        id: 'transplant',
        name: '植发手术',
        common: '肿胀、疼痛、结痂、暂时性掉发（“休克性脱发”）',
        serious: '感染、留下瘢痕、移植的头发未能存活',
        tolerability: '侵入性更强；恢复期更长，风险更高',
      },
      {
        id: 'stem-cell',
        name: '干细胞疗法',
        common: '注射部位出现刺激和炎症',
        serious: '不确定性更大，原因在于活细胞的行为方式，以及监管方面的顾虑',
        tolerability: '因情况而异；安全性在很大程度上取决于细胞的来源和处理方式',
      },
    ],
    invasiveness: [
      {
        id: 'surface',
        label: '低',
        description: '细针只进入皮肤最表层',
      },
      {
        id: 'injection',
        label: '中',
        description: '向头皮注射或进行微针治疗',
      },
      {
        id: 'surgery',
        label: '高',
        description: '手术',
      },
    ],
    takeawaysTitle: '要点',
    takeaways: [
      '外泌体治疗不使用活细胞，这可能避免使用活细胞的治疗所带有的一些风险。',
      '在非手术方案（外泌体、PRP、微针）中，大多数副作用（例如发红或肿胀）来自针刺或注射，而不是来自产品本身。',
      '治疗的侵入性越强，风险就越高：与注射或微针相比，手术通常带来更多、持续时间更长的副作用。',
      '对于由生物材料制成的新型治疗（包括外泌体），材料的来源、检测和处理方式对安全性非常重要。',
    ],
    summary:
      '没有任何一种脱发治疗是完全没有风险的。当具备资质的医疗专业人员使用经过规范检测的产品时，外泌体治疗的副作用总体上与其他微创方案相似。',
  },
  r = {
    title: '何时需要求助：快速自查',
    intro:
      '请回答几个关于您治疗后感觉的问题。这个自查会告诉您，您的情况听起来是属于预期反应、值得继续观察、需要今天联系诊所，还是属于紧急情况。',
    notDiagnosis:
      '这个自查只提供一般性指导，不是诊断。如果您不确定或感到担心，请联系{{clinic}}或医生。',
    redFlagsQuestion: '您现在是否有以下任何一种情况？',
    redFlags: [
      {
        id: 'breathing',
        label: '呼吸困难或气短',
      },
      {
        id: 'face-swelling',
        label: '面部、嘴唇或舌头肿胀',
      },
      {
        id: 'spreading-rash',
        label: '皮疹或荨麻疹（风团）扩散到治疗部位以外',
      },
      {
        id: 'dizziness',
        label: '头晕或昏倒',
      },
    ],
    timeQuestion: '您接受治疗已经多久了？',
    times: [
      {
        id: 'under-24h',
        label: '不到24小时',
      },
      {
        id: '1-2-days',
        label: '1至2天',
      },
      {
        id: '2-3-days',
        label: '2至3天',
      },
      {
        id: 'over-3-days',
        label: '超过3天',
      },
    ],
    symptomsQuestion: '您现在有以下哪些情况？请选择所有符合的选项。',
    symptomGroups: [
      {
        id: 'usual',
        title: '治疗后常见的情况',
      },
      {
        id: 'infection',
        title: '感染迹象',
      },
      {
        id: 'other',
        title: '其他警示迹象',
      },
    ],
    symptoms: [
      {
        id: 'redness',
        label: '发红',
      },
      {
        id: 'swelling',
        label: '肿胀',
      },
      {
        id: 'tenderness',
        label: '触痛或酸痛',
      },
      {
        id: 'bleeding-bruising',
        label: '细小出血点或淤青',
      },
      {
        id: 'pus',
        label: '脓液或其他分泌物',
      },
      {
        id: 'smell',
        label: '有异常气味',
      },
      {
        id: 'fever',
        label: '发烧',
      },
      {
        id: 'severe-pain',
        label: '疼痛剧烈或越来越重',
      },
      {
        id: 'itching',
        label: '剧烈瘙痒',
      },
      {
        id: 'lumps',
        label: '异常肿块',
      },
    ],
    noSymptoms: '以上都没有',
    trendQuestion: '从症状出现到现在，您的症状是……',
    trends: [
      {
        id: 'better',
        label: '正在好转',
      },
      {
        id: 'same',
        label: '没有变化',
      },
      {
        id: 'worse',
        label: '正在加重',
      },
    ],
    results: [
      {
        id: 'emergency',
        title: '紧急情况：请立即拨打{{emergency}}',
        body: '您描述的情况可能是严重过敏反应或全身性反应的迹象。请立即拨打{{emergency}}，或前往最近的医院急诊科。不要等着看情况会不会好转。',
      },
      {
        id: 'today',
        title: '请今天联系您的诊所',
        body: '您描述的情况应在今天由医生或护士检查。请今天联系{{clinic}}。如果联系不上，而且您感觉情况变差，请寻求紧急医疗救治。',
      },
      {
        id: 'watch',
        title: '请继续观察；如果到72小时仍未好转，请联系您的诊所',
        body: '这可能仍属于正常愈合过程，但请密切留意。如果治疗后72小时（3天）仍未明显好转，或者情况变差，请联系{{clinic}}。',
      },
      {
        id: 'expected',
        title: '这听起来属于预期情况：通常会在24至48小时内缓解',
        body: '发红、轻微肿胀、触痛和小块淤青在治疗后很常见，通常会在24至48小时内自行消失。',
      },
    ],
    selfCareTitle: '照顾好您的头皮',
    selfCare: [
      '请遵循诊所给您的术后护理说明。',
      '保持治疗部位清洁，不要抓挠、抠或揉搓。',
      '每天检查治疗部位，留意本自查中提到的警示迹象。',
      '如果您不确定某种情况是否正常，请联系您的诊所。',
    ],
    emergencyGuidance:
      '如果您出现呼吸困难，面部、嘴唇或舌头肿胀，皮疹扩散到治疗部位以外，或感到头晕、快要昏倒，请立即拨打{{emergency}}。',
  },
  i = {
    title: '这种治疗适合我吗？',
    intro: '如果以下任何一项符合您的情况，这种治疗可能不适合您：',
    items: [
      {
        id: 'pregnant',
        label: '您正在怀孕',
      },
      {
        id: 'breastfeeding',
        label: '您正在哺乳',
      },
      {
        id: 'cancer',
        label: '您曾患过某些癌症',
      },
      {
        id: 'scalp-infection',
        label: '您目前头皮有感染',
      },
      {
        id: 'autoimmune',
        label: '您患有自身免疫性疾病',
      },
    ],
    advice: '如果以上任何一项符合您的情况，请在接受这种治疗前咨询您的医生。',
  },
  a = {
    title: '治疗前应向诊所询问的问题',
    items: [
      {
        id: 'source',
        text: '你们的外泌体具体来自哪里？',
      },
      {
        id: 'lab-reports',
        text: '能否给我看独立实验室出具的纯度和安全性检测报告，包括病毒和其他病菌的检测？',
      },
      {
        id: 'experience',
        text: '你们在这种治疗方面有多少经验？治疗过多少位患者？',
      },
      {
        id: 'reactions',
        text: '如果患者出现不良反应，你们会怎么处理？',
      },
    ],
    note: '好的诊所会给出清晰、具体、可以核实的回答。',
  },
  o =
    '本内容为一般性信息，不是医疗建议或诊断，不能代替看医生。如果您担心自己的健康，请联系{{clinic}}或医生。',
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
