<#--
  recommendations, in French: the same letter as recommendations.md.ftl, for letters whose
  locale is fr: the ten recommendations of the Global Network of Sex Work Projects (NSWP),
  restated in French, cited as endnote 1. The salutation comes from the recipient's title and
  honorific through i18n/salutations.fr.ftl, unless the letter writes its own.
-->
<#import "/lib/letter.ftl" as l>
<#import "/i18n/salutations.fr.ftl" as t>
<#assign nswp = {
  "author": "Global Network of Sex Work Projects (NSWP)",
  "title": "The Impact of Anti-trafficking Legislation and Initiatives on Sex Workers",
  "kind": "guide",
  "url": "http://www.nswp.org"
}>
<#assign recommendations = [
  "Mettre fin immédiatement aux descentes de « sauvetage » et aux programmes qui retiennent des travailleuses et travailleurs du sexe en « réhabilitation » obligatoire.",
  "Lever l'interdiction de la publicité pour le travail du sexe.",
  "Fonder la prévention de la traite et de l'exploitation dans l'industrie du sexe sur les droits des travailleurs et sur les droits humains.",
  "Distinguer, dans la loi et les politiques publiques, le travail du sexe de la traite, et la migration de la traite.",
  "Décriminaliser tous les aspects du travail du sexe.",
  "Associer réellement les travailleuses et travailleurs du sexe, y compris migrants et mobiles, à l'élaboration des lois, des politiques et des programmes contre la traite.",
  "Financer les organisations dirigées par des travailleuses et travailleurs du sexe pour qu'elles développent leur propre action contre la traite et l'exploitation dans le travail du sexe.",
  "Ouvrir des voies de migration sûres, légales et équitables aux travailleuses et travailleurs du sexe qui migrent pour travailler.",
  "Garantir aux travailleuses et travailleurs du sexe, sans discrimination, l'accès au crédit, aux prêts, aux comptes d'épargne et aux autres services financiers, ainsi qu'à l'emploi.",
  "Mettre au point une évaluation de l'action des gouvernements contre la traite qui ne dépende pas du rapport des États-Unis sur la traite des personnes (rapport TIP)."
]>
<#--
  Endnotes are numbered by first appearance, and the guide is cited (in the list of
  recommendations) before any argument: it is number 1, and the arguments' sources follow in
  their own order. `k` is the number the arguments gave the guide, 0 when none cites it.
-->
<#assign cited = sources?filter(s -> (s.title!"") == nswp.title && (s.author!"") == nswp.author)>
<#assign k = cited?has_content?then(cited[0].number, 0)>
<#function renumber n>
<#return (n == k)?then(1, (k == 0 || n < k)?then(n + 1, n))>
</#function>
<@l.letterhead/>
<@l.date/>
<@l.recipientBlock/>
<@l.subject/>
<@l.body/>
${t.salutation()}

<#if paragraphs.opening??>
${paragraphs.opening}
<#else>
${l.Introduced} vous écrit pour vous demander d'adopter les recommandations ci-dessous<#if letter.occasion??> dans le cadre de ${letter.occasion}</#if>. <#if org.experienceYears?? && org.services??>Depuis ${org.experienceYears} ans, notre action consiste à ${org.services}, et cette</#if><#if !(org.experienceYears?? && org.services??)>Notre</#if> expérience nous a montré que les mesures contre la traite ne réussissent que si elles protègent les droits des travailleuses et travailleurs du sexe au lieu de les traiter comme un problème à faire disparaître.
</#if>

Ces recommandations ont été établies par le Réseau mondial des projets sur le travail du sexe (NSWP) à partir de l'expérience d'organisations dirigées par des travailleuses et travailleurs du sexe dans le monde entier ; nous les reprenons ici avec nos propres mots : [1]

<#list recommendations as r>
${r?counter}. ${r}
</#list>

<@l.paragraph "before-arguments"/>
<#list arguments as argument>
${argument.body}<#if argument.numbers?has_content> [${argument.numbers?map(n -> renumber(n))?sort?join(", ")}]</#if>

</#list>
<@l.paragraph "after-arguments"/>
Chacune de ces mesures peut être prise séparément, mais ensemble elles feraient passer les politiques publiques de la méfiance envers les travailleuses et travailleurs du sexe au partenariat avec eux, là où commence une lutte efficace contre la traite. ${org.shortName} est prêt à partager son expérience, à commenter les projets de mesures et à aider à associer les travailleuses et travailleurs du sexe à la discussion.

<@l.paragraph "before-closing"/>
<@l.signature/>
<@l.paragraph "postscript"/>
<@l.signatoryList/>
<@l.section "sources"/>
---

**${msg.sources}**

<@l.sourceEntry nswp + {"number": 1}/>
<#list sources?filter(s -> s.number != k) as s>
<@l.sourceEntry s + {"number": renumber(s.number)}/>
</#list>
