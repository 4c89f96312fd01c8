// src/i18n/locales/de/content.json
var e = {
    topic: 'exosome-hair-therapy',
    title: 'Exosomen-Haartherapie: Nebenwirkungen und wann Sie Hilfe holen sollten',
    intro:
      'Klare Antworten darauf, was Sie nach einer Exosomen-Haartherapie erwartet, welche Nebenwirkungen normal sind und wann Sie ärztliche Hilfe holen sollten.',
    source:
      'Beruht auf einem Artikel aus dem Jahr 2025 über Nebenwirkungen der Exosomen-Haartherapie, in einfacher Sprache neu geschrieben.',
    lastReviewed: '2026-11-29',
    reviewNote:
      'Dieser Text und diese Übersetzung wurden noch nicht von medizinischem Fachpersonal geprüft.',
  },
  t = {
    categories: [
      {
        id: 'normal',
        title: 'Was nach der Behandlung normal ist',
      },
      {
        id: 'warning',
        title: 'Warnzeichen und wann Sie Hilfe holen sollten',
      },
      {
        id: 'risks',
        title: 'Risiken und Sicherheit',
      },
      {
        id: 'before',
        title: 'Vor der Behandlung',
      },
      {
        id: 'evidence',
        title: 'Regulierung und wissenschaftliche Belege',
      },
    ],
    items: [
      {
        id: 'normal-side-effects',
        category: 'normal',
        question: 'Welche Nebenwirkungen sind normal?',
        answer:
          'Die meisten Nebenwirkungen kommen vom Microneedling oder von den Injektionen, mit denen die Behandlung durchgeführt wird, nicht von den Exosomen selbst. Sie sind meist leicht und dauern nur kurz:\n\n- eine gerötete, empfindliche Kopfhaut, ähnlich wie bei einem leichten Sonnenbrand\n- eine leichte Schwellung, die meist innerhalb eines Tages zurückgeht\n- winzige Blutungspunkte oder kleine blaue Flecken an den Stellen, an denen die Nadeln eingestochen wurden\n- eine gewisse Entzündung, die zur normalen Heilung gehört\n\nDiese Beschwerden gehen meist innerhalb von 24 bis 48 Stunden von selbst weg.',
      },
      {
        id: 'how-long',
        category: 'normal',
        question: 'Wie lange halten die Nebenwirkungen an?',
        answer:
          'Meist ein bis zwei Tage. Leichte Rötungen, Schwellungen, Druckempfindlichkeit oder kleine blaue Flecken werden normalerweise innerhalb von 24 bis 48 Stunden besser.\n\nWenn sie nach 72 Stunden (3 Tagen) noch da sind, wenden Sie sich an {{clinic}}, damit eine Ärztin, ein Arzt oder eine Pflegekraft sie ansehen kann.',
      },
      {
        id: 'permanent',
        category: 'normal',
        question: 'Sind die Nebenwirkungen dauerhaft?',
        answer:
          'In den meisten Fällen nicht. Rötungen, Schwellungen und Druckempfindlichkeit gehen meist innerhalb von 24 bis 48 Stunden weg, und die meisten Nebenwirkungen sind nach wenigen Tagen verschwunden.\n\nBisher gibt es keine starken Belege für bleibende Nebenwirkungen, wenn ein hochwertiges Produkt unter fachgerechter ärztlicher Betreuung verwendet wird.',
      },
      {
        id: 'pain',
        category: 'normal',
        question: 'Tut die Behandlung weh?',
        answer:
          'Die meisten Menschen spüren nur sehr wenig Schmerzen. Vor dem Microneedling wird eine betäubende Creme auf die Kopfhaut aufgetragen. Deshalb spüren die meisten nur etwas Druck oder ein Kribbeln.',
      },
      {
        id: 'normal-or-concern',
        category: 'warning',
        question: 'Wie erkenne ich, ob eine Nebenwirkung normal ist oder ein Warnzeichen?',
        answer:
          'Die meisten Nebenwirkungen sind normal und gehen von selbst weg: Rötungen, Druckempfindlichkeit, leichte Schwellungen oder kleine blaue Flecken, die innerhalb von 24 bis 48 Stunden besser werden.\n\nAchten Sie genau auf:\n\n- Rötungen oder Schwellungen, die nach 72 Stunden noch da sind\n- starke Schmerzen\n- Anzeichen einer Infektion, wie Eiter, einen ungewöhnlichen Geruch oder Fieber\n\nDiese Zeichen können auf ein Problem hinweisen, das medizinisch behandelt werden muss. Schwere Reaktionen, etwa eine allergische Reaktion oder eine Entzündung durch Ihr Immunsystem, sind selten, können aber vorkommen. Wenn Sie früh Hilfe holen, sind Sie sicherer.',
      },
      {
        id: 'when-to-get-help',
        category: 'warning',
        question: 'Wann sollte ich ärztliche Hilfe holen?',
        answer:
          'Wenden Sie sich **sofort** an {{clinic}} oder an eine Ärztin oder einen Arzt, wenn Sie Folgendes haben:\n\n- Rötungen, Schwellungen oder Druckempfindlichkeit, die länger als 48 bis 72 Stunden anhalten\n- Anzeichen einer Infektion: Eiter, einen ungewöhnlichen Geruch oder Fieber\n- starke oder zunehmende Schmerzen, starken Juckreiz oder Knoten, die vorher nicht da waren\n\n**Rufen Sie sofort {{emergency}} an**, wenn Sie eine Reaktion am ganzen Körper haben, zum Beispiel Atemprobleme oder Atemnot, eine Schwellung im Gesicht, an den Lippen oder an der Zunge, einen Ausschlag, der sich über die behandelte Stelle hinaus ausbreitet, oder Schwindel oder Ohnmacht.',
      },
      {
        id: 'serious-risks',
        category: 'risks',
        question: 'Welche schweren Risiken gibt es?',
        answer:
          'Schwere Probleme kommen nicht häufig vor, aber Sie sollten sie kennen:\n\n- **Allergische Reaktion.** Das Risiko gilt als gering, aber Ihr Körper kann auf einen Bestandteil des Exosomen-Produkts oder der Flüssigkeit reagieren, mit der es gemischt ist.\n- **Infektion.** Bei jeder Behandlung, die die Haut verletzt, können Keime eindringen. Wie streng die Klinik sterile (keimfreie) Arbeitsweisen einhält, macht einen großen Unterschied.\n- **Woher die Exosomen stammen und wie rein sie sind.** Das ist die größte Sorge. Exosomen werden oft aus gespendeten menschlichen Stammzellen hergestellt, zum Beispiel aus Nabelschnur- oder Fettgewebe. Ein schlecht hergestelltes Produkt könnte Zellreste oder andere Verunreinigungen enthalten, die eine schädliche Immunreaktion oder andere Probleme auslösen.\n- **Immunreaktion.** Exosomen stammen von außerhalb Ihres Körpers. Deshalb könnte Ihr Immunsystem theoretisch auf sie reagieren und eine Entzündung auslösen. Es gibt noch nicht genug Langzeitforschung, um das zu wissen.',
      },
      {
        id: 'allergic-reaction',
        category: 'risks',
        question: 'Kann die Behandlung eine allergische Reaktion auslösen?',
        answer:
          'Ja, aber das ist selten. Ihr Körper kann auf einen Bestandteil des Exosomen-Produkts oder der Flüssigkeit reagieren, mit der es gemischt ist. Ein Produkt, das rein ist, aus einer bekannten Quelle stammt und von einem unabhängigen Labor geprüft wurde, senkt dieses Risiko.\n\nAtemprobleme, eine Schwellung im Gesicht, an den Lippen oder an der Zunge, ein Ausschlag, der sich ausbreitet, oder Schwindel können Zeichen einer schweren allergischen Reaktion sein: **Rufen Sie sofort {{emergency}} an**.',
      },
      {
        id: 'hair-loss-worse',
        category: 'risks',
        question: 'Kann die Behandlung den Haarausfall verschlimmern?',
        answer:
          'Bisher gibt es keine Belege dafür, dass sie den Haarausfall beschleunigt. Theoretisch könnte aber ein minderwertiges Produkt, das eine starke Entzündung oder eine Immunreaktion auslöst, die Haarwurzeln (Follikel) schädigen. Das ist ein Grund, sorgfältig auszuwählen, wer Sie behandelt.',
      },
      {
        id: 'compared-to-prp',
        category: 'risks',
        question: 'Sind die Nebenwirkungen stärker als bei PRP oder Microneedling?',
        answer:
          'Meist nicht. Die Nebenwirkungen sind im Allgemeinen etwa die gleichen wie bei PRP und Microneedling, weil die meisten von den Nadeln oder Injektionen kommen, nicht von den Exosomen.',
      },
      {
        id: 'lower-risk',
        category: 'risks',
        question: 'Wie kann ich mein Risiko senken?',
        answer:
          'Ihre Sicherheit hängt vor allem von der Klinik und von der Person ab, die Sie behandelt:\n\n- Lassen Sie sich in einer medizinischen Klinik von ärztlichem Fachpersonal mit Zulassung und Erfahrung behandeln, zum Beispiel aus der Hautheilkunde (Dermatologie) oder der ästhetischen Chirurgie. Meiden Sie Medical Spas (Kosmetik- und Wellnesseinrichtungen) und Personen ohne medizinische Ausbildung.\n- Fragen Sie, woher die Exosomen stammen und ob ein unabhängiges Labor sie geprüft hat.\n- Informieren Sie die Ärztin oder den Arzt über Ihre Gesundheit, auch über eine Schwangerschaft, das Stillen, Krebserkrankungen, Autoimmunerkrankungen oder eine Infektion der Kopfhaut.\n- Befolgen Sie die Hinweise zur Nachsorge, die Sie bekommen, und achten Sie in den Tagen nach der Behandlung auf Warnzeichen.',
      },
      {
        id: 'who-should-avoid',
        category: 'before',
        question: 'Wer sollte diese Behandlung nicht machen lassen?',
        answer:
          'Diese Behandlung ist möglicherweise nicht für Sie geeignet, wenn Sie:\n\n- schwanger sind\n- stillen\n- gerade eine Infektion der Kopfhaut haben\n- eine Autoimmunerkrankung haben\n- bestimmte Krebsarten hatten\n\nSprechen Sie vor der Behandlung mit einer Ärztin oder einem Arzt, damit Ihre Gesundheit und Ihre Krankengeschichte geprüft werden können.',
      },
      {
        id: 'questions-to-ask',
        category: 'before',
        question: 'Was sollte ich eine Klinik vor der Behandlung fragen?',
        answer:
          'Es ist sinnvoll, Folgendes zu fragen:\n\n- Woher genau stammen Ihre Exosomen?\n- Können Sie mir Berichte eines unabhängigen Labors zu Reinheit und Sicherheit zeigen, auch zu Tests auf Viren und andere Keime?\n- Wie viel Erfahrung haben Sie mit dieser Behandlung, und wie viele Patientinnen und Patienten haben Sie behandelt?\n- Was tun Sie, wenn jemand schlecht auf die Behandlung reagiert?\n\nEine gute Klinik gibt klare, genaue Antworten, die sich überprüfen lassen.',
      },
      {
        id: 'fda-approval',
        category: 'evidence',
        question: 'Ist die Exosomen-Haarbehandlung von der FDA zugelassen?',
        answer:
          'Nein. Die US-amerikanische Lebensmittel- und Arzneimittelbehörde (Food and Drug Administration, FDA) hat kein Exosomen-Produkt für kosmetische Zwecke zugelassen und hat die Öffentlichkeit vor nicht zugelassenen Exosomen-Produkten gewarnt. In den USA werden Exosomen als Arzneimittel und biologische Produkte reguliert. Diese müssen gründliche klinische Studien bestehen, bevor sie zugelassen werden können.',
      },
      {
        id: 'success-rate',
        category: 'evidence',
        question: 'Wie gut wirkt die Behandlung?',
        answer:
          'Das ist noch nicht bekannt. Erste Studien und Einzelberichte sehen vielversprechend aus, aber es braucht noch große, gut geplante klinische Studien, um zu zeigen, wie oft sie wirkt. Die Ergebnisse können sich von Mensch zu Mensch stark unterscheiden, je nach Ursache des Haarausfalls und Qualität des Produkts.',
      },
    ],
  },
  n = {
    title: 'Die Nebenwirkungen im Vergleich',
    intro:
      'Die Nebenwirkungen der Exosomen-Haartherapie im Vergleich zu vier anderen häufigen Behandlungen gegen Haarausfall. Dies ist ein allgemeiner Vergleich: Ihre eigenen Risiken hängen von Ihrer Gesundheit ab und davon, wer Sie behandelt.',
    caption: 'Nebenwirkungen von fünf Behandlungen gegen Haarausfall',
    columns: {
      treatment: 'Behandlung',
      common: 'Häufige Nebenwirkungen',
      serious: 'Schwere Risiken',
      tolerability: 'Verträglichkeit insgesamt',
      invasiveness: 'Wie stark der Eingriff ist',
    },
    treatments: [
      {
        id: 'exosome',
        name: 'Exosomen-Haartherapie',
        common:
          'Gerötete Kopfhaut, leichte Schwellung, Druckempfindlichkeit, kleine blaue Flecken (meist innerhalb von 24 bis 48 Stunden verschwunden)',
        serious:
          'Seltene allergische Reaktionen oder Immunreaktionen; Infektion, wenn die Klinik nicht alles steril hält',
        tolerability:
          'Meist gut verträglich, wenn ein hochwertiges Produkt und fachgerechte klinische Methoden verwendet werden',
      },
      {
        id: 'prp',
        name: 'PRP (plättchenreiches Plasma)',
        common:
          'Kurzzeitige Schmerzen, Schwellung, blaue Flecken, Kopfschmerzen, Spannungsgefühl der Kopfhaut',
        serious: 'Infektion; Nervenverletzung (selten)',
        tolerability: 'Gut verträglich; Nebenwirkungen kommen vor allem von den Injektionen',
      },
      {
        id: 'microneedling',
        name: 'Microneedling (Mikronadelung)',
        common: 'Rötung, Reizung, winzige Blutungspunkte, kurzzeitige Entzündung',
        serious: 'Infektion oder Narben, wenn es nicht fachgerecht gemacht wird',
        tolerability:
          'Leichte bis mäßige Beschwerden; hängt davon ab, wie tief die Nadeln gehen, und von der Technik',
      },
      {
        id: 'transplant',
        name: 'Haartransplantation (Operation)',
        common: 'Schwellung, Schmerzen, Schorf, vorübergehender Haarausfall (Schockhaarausfall)',
        serious: 'Infektion, Narben, verpflanzte Haare, die nicht anwachsen',
        tolerability: 'Stärkerer Eingriff; längere Erholung und höheres Risiko',
      },
      {
        id: 'stem-cell',
        name: 'Stammzelltherapien',
        common: 'Reizung und Entzündung an der Einstichstelle',
        serious:
          'Größere Unsicherheit, wegen des Verhaltens lebender Zellen und wegen Bedenken zur Regulierung',
        tolerability:
          'Unterschiedlich; die Sicherheit hängt stark davon ab, woher die Zellen stammen und wie sie aufbereitet werden',
      },
    ],
    invasiveness: [
      {
        id: 'surface',
        label: 'Gering',
        description: 'Feine Nadeln in der obersten Hautschicht',
      },
      {
        id: 'injection',
        label: 'Mittel',
        description: 'Injektionen oder Microneedling in die Kopfhaut',
      },
      {
        id: 'surgery',
        label: 'Hoch',
        description: 'Operation',
      },
    ],
    takeawaysTitle: 'Das Wichtigste in Kürze',
    takeaways: [
      'Die Exosomen-Therapie verwendet keine lebenden Zellen. Dadurch lassen sich möglicherweise einige Risiken von Behandlungen mit lebenden Zellen vermeiden.',
      'Bei den Behandlungen ohne Operation (Exosomen, PRP, Microneedling) kommen die meisten Nebenwirkungen, etwa Rötungen oder Schwellungen, eher von den Nadeln oder Injektionen als vom Produkt.',
      'Je stärker der Eingriff, desto höher das Risiko: Eine Operation bringt meist mehr und länger anhaltende Nebenwirkungen mit sich als Injektionen oder Microneedling.',
      'Bei neueren Behandlungen aus biologischem Material, auch bei Exosomen, ist es für die Sicherheit sehr wichtig, wie das Material gewonnen, geprüft und gehandhabt wird.',
    ],
    summary:
      'Keine Behandlung gegen Haarausfall ist frei von Risiken. Wenn qualifiziertes medizinisches Fachpersonal ordnungsgemäß geprüfte Produkte verwendet, sind die Nebenwirkungen der Exosomen-Therapie im Allgemeinen ähnlich wie bei anderen minimalinvasiven Behandlungen.',
  },
  r = {
    title: 'Wann Sie Hilfe holen sollten: ein kurzer Check',
    intro:
      'Beantworten Sie ein paar Fragen dazu, wie es Ihnen nach der Behandlung geht. Der Check zeigt Ihnen, ob das nach einer üblichen Reaktion klingt, ob Sie es beobachten sollten, ob Sie sich heute an Ihre Klinik wenden sollten oder ob es ein Notfall ist.',
    notDiagnosis:
      'Dieser Check gibt allgemeine Hinweise. Er ist keine Diagnose. Wenn Sie unsicher sind oder sich Sorgen machen, wenden Sie sich an {{clinic}} oder an eine Ärztin oder einen Arzt.',
    redFlagsQuestion: 'Haben Sie gerade eines dieser Anzeichen?',
    redFlags: [
      {
        id: 'breathing',
        label: 'Atemprobleme oder Atemnot',
      },
      {
        id: 'face-swelling',
        label: 'Schwellung von Gesicht, Lippen oder Zunge',
      },
      {
        id: 'spreading-rash',
        label:
          'Ausschlag oder Nesselausschlag, der sich über die behandelte Stelle hinaus ausbreitet',
      },
      {
        id: 'dizziness',
        label: 'Schwindel oder Ohnmacht',
      },
    ],
    timeQuestion: 'Wann war Ihre Behandlung?',
    times: [
      {
        id: 'under-24h',
        label: 'Vor weniger als 24 Stunden',
      },
      {
        id: '1-2-days',
        label: 'Vor 1 bis 2 Tagen',
      },
      {
        id: '2-3-days',
        label: 'Vor 2 bis 3 Tagen',
      },
      {
        id: 'over-3-days',
        label: 'Vor mehr als 3 Tagen',
      },
    ],
    symptomsQuestion:
      'Welche dieser Beschwerden haben Sie jetzt? Wählen Sie alle zutreffenden aus.',
    symptomGroups: [
      {
        id: 'usual',
        title: 'Häufig nach der Behandlung',
      },
      {
        id: 'infection',
        title: 'Anzeichen einer Infektion',
      },
      {
        id: 'other',
        title: 'Andere Warnzeichen',
      },
    ],
    symptoms: [
      {
        id: 'redness',
        label: 'Rötung',
      },
      {
        id: 'swelling',
        label: 'Schwellung',
      },
      {
        id: 'tenderness',
        label: 'Druckempfindlichkeit oder Wundgefühl',
      },
      {
        id: 'bleeding-bruising',
        label: 'Winzige Blutungspunkte oder blaue Flecken',
      },
      {
        id: 'pus',
        label: 'Eiter oder andere austretende Flüssigkeit',
      },
      {
        id: 'smell',
        label: 'Ungewöhnlicher Geruch',
      },
      {
        id: 'fever',
        label: 'Fieber',
      },
      {
        id: 'severe-pain',
        label: 'Starke oder zunehmende Schmerzen',
      },
      {
        id: 'itching',
        label: 'Starker Juckreiz',
      },
      {
        id: 'lumps',
        label: 'Ungewöhnliche Knoten',
      },
    ],
    noSymptoms: 'Nichts davon',
    trendQuestion: 'Wie verändern sich Ihre Beschwerden, seit sie begonnen haben?',
    trends: [
      {
        id: 'better',
        label: 'Sie werden besser',
      },
      {
        id: 'same',
        label: 'Sie bleiben gleich',
      },
      {
        id: 'worse',
        label: 'Sie werden schlimmer',
      },
    ],
    results: [
      {
        id: 'emergency',
        title: 'Notfall: Rufen Sie sofort {{emergency}} an',
        body: 'Was Sie beschreiben, kann ein Zeichen einer schweren allergischen Reaktion oder einer Reaktion des ganzen Körpers sein. Rufen Sie sofort {{emergency}} an oder gehen Sie in die nächste Notaufnahme. Warten Sie nicht ab, ob es besser wird.',
      },
      {
        id: 'today',
        title: 'Wenden Sie sich heute an Ihre Klinik',
        body: 'Was Sie beschreiben, sollte heute von einer Ärztin, einem Arzt oder einer Pflegekraft angesehen werden. Wenden Sie sich heute an {{clinic}}. Wenn Sie dort niemanden erreichen und es Ihnen schlechter geht, holen Sie sich dringend medizinische Hilfe.',
      },
      {
        id: 'watch',
        title:
          'Beobachten Sie es weiter und wenden Sie sich an Ihre Klinik, wenn es nach 72 Stunden nicht besser ist',
        body: 'Das kann noch zur normalen Heilung gehören, aber behalten Sie es im Auge. Wenn es 72 Stunden (3 Tage) nach der Behandlung nicht deutlich besser ist oder wenn es schlimmer wird, wenden Sie sich an {{clinic}}.',
      },
      {
        id: 'expected',
        title:
          'Das klingt nach einer üblichen Reaktion: Sie geht meist innerhalb von 24 bis 48 Stunden zurück',
        body: 'Rötungen, leichte Schwellungen, Druckempfindlichkeit und kleine blaue Flecken sind nach der Behandlung häufig und gehen meist innerhalb von 24 bis 48 Stunden von selbst weg.',
      },
    ],
    selfCareTitle: 'So pflegen Sie Ihre Kopfhaut',
    selfCare: [
      'Befolgen Sie die Hinweise zur Nachsorge, die Sie von Ihrer Klinik bekommen haben.',
      'Halten Sie die behandelte Stelle sauber und kratzen, zupfen oder reiben Sie nicht daran.',
      'Sehen Sie sich die Stelle jeden Tag an und achten Sie auf die Warnzeichen aus diesem Check.',
      'Wenn Sie nicht sicher sind, ob etwas normal ist, wenden Sie sich an Ihre Klinik.',
    ],
    emergencyGuidance:
      'Wenn Sie Atemprobleme, eine Schwellung im Gesicht, an den Lippen oder an der Zunge oder einen Ausschlag haben, der sich über die behandelte Stelle hinaus ausbreitet, oder wenn Ihnen schwindlig ist oder Sie sich einer Ohnmacht nahe fühlen, rufen Sie sofort {{emergency}} an.',
  },
  i = {
    title: 'Ist diese Behandlung für mich geeignet?',
    intro:
      'Diese Behandlung ist möglicherweise nicht für Sie geeignet, wenn einer dieser Punkte auf Sie zutrifft:',
    items: [
      {
        id: 'pregnant',
        label: 'Sie sind schwanger',
      },
      {
        id: 'breastfeeding',
        label: 'Sie stillen',
      },
      {
        id: 'cancer',
        label: 'Sie hatten bestimmte Krebserkrankungen',
      },
      {
        id: 'scalp-infection',
        label: 'Sie haben gerade eine Infektion der Kopfhaut',
      },
      {
        id: 'autoimmune',
        label: 'Sie haben eine Autoimmunerkrankung',
      },
    ],
    advice:
      'Wenn einer dieser Punkte auf Sie zutrifft, sprechen Sie vor der Behandlung mit Ihrer Ärztin oder Ihrem Arzt.',
  },
  a = {
    title: 'Fragen an die Klinik vor der Behandlung',
    items: [
      {
        id: 'source',
        text: 'Woher genau stammen Ihre Exosomen?',
      },
      {
        id: 'lab-reports',
        text: 'Können Sie mir Berichte eines unabhängigen Labors zu Reinheit und Sicherheit zeigen, auch zu Tests auf Viren und andere Keime?',
      },
      {
        id: 'experience',
        text: 'Wie viel Erfahrung haben Sie mit dieser Behandlung, und wie viele Patientinnen und Patienten haben Sie behandelt?',
      },
      {
        id: 'reactions',
        text: 'Was tun Sie, wenn jemand schlecht auf die Behandlung reagiert?',
      },
    ],
    note: 'Eine gute Klinik gibt klare, genaue Antworten, die sich überprüfen lassen.',
  },
  o =
    'Dies sind allgemeine Informationen, keine medizinische Beratung und keine Diagnose. Sie ersetzen keinen Arztbesuch. Wenn Sie sich Sorgen um Ihre Gesundheit machen, wenden Sie sich an {{clinic}} oder an eine Ärztin oder einen Arzt.',
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
