<#--
  recommendations, in Spanish: the same letter as recommendations.md.ftl, for letters whose
  locale is es: the ten recommendations of the Global Network of Sex Work Projects (NSWP),
  restated in Spanish, cited as endnote 1. The salutation comes from the recipient's title and
  honorific through i18n/salutations.es.ftl, unless the letter writes its own.
-->
<#import "/lib/letter.ftl" as l>
<#import "/i18n/salutations.es.ftl" as t>
<#assign nswp = {
  "author": "Global Network of Sex Work Projects (NSWP)",
  "title": "The Impact of Anti-trafficking Legislation and Initiatives on Sex Workers",
  "kind": "guide",
  "url": "http://www.nswp.org"
}>
<#assign recommendations = [
  "Poner fin de inmediato a las redadas de \"rescate\" y a los programas que retienen a trabajadoras sexuales en \"rehabilitación\" obligatoria.",
  "Levantar la prohibición de anunciar el trabajo sexual.",
  "Basar la prevención de la trata y la explotación en la industria del sexo en los derechos laborales y los derechos humanos.",
  "Distinguir en la ley y en las políticas el trabajo sexual de la trata, y la migración de la trata.",
  "Despenalizar todos los aspectos del trabajo sexual.",
  "Dar a las trabajadoras y los trabajadores sexuales, incluidas las personas migrantes y móviles, una participación real en la elaboración de leyes, políticas y programas contra la trata.",
  "Financiar a las organizaciones dirigidas por trabajadoras sexuales para que desarrollen y amplíen su propio trabajo contra la trata y la explotación en el trabajo sexual.",
  "Abrir vías de migración seguras, legales y justas para las trabajadoras sexuales que migran para trabajar.",
  "Garantizar que las trabajadoras sexuales puedan obtener crédito, préstamos, cuentas de ahorro y otros servicios financieros, así como empleo, sin discriminación.",
  "Desarrollar una forma de evaluar la acción de los gobiernos contra la trata que no dependa del informe de Estados Unidos sobre la trata de personas (informe TIP)."
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
${l.Introduced} le escribe para pedirle que adopte las recomendaciones que siguen<#if letter.occasion??> en el marco de ${letter.occasion}</#if>. <#if org.experienceYears?? && org.services??>Desde hace ${org.experienceYears} años nos dedicamos a ${org.services}, y ese</#if><#if !(org.experienceYears?? && org.services??)>Nuestro</#if> trabajo nos ha mostrado que las medidas contra la trata solo funcionan cuando protegen los derechos de las trabajadoras sexuales en lugar de tratarlas como un problema que eliminar.
</#if>

Estas recomendaciones fueron elaboradas por la Red Global de Proyectos de Trabajo Sexual (NSWP) a partir de la experiencia de organizaciones dirigidas por trabajadoras sexuales de todo el mundo, y las recogemos aquí con nuestras propias palabras: [1]

<#list recommendations as r>
${r?counter}. ${r}
</#list>

<@l.paragraph "before-arguments"/>
<#list arguments as argument>
${argument.body}<#if argument.numbers?has_content> [${argument.numbers?map(n -> renumber(n))?sort?join(", ")}]</#if>

</#list>
<@l.paragraph "after-arguments"/>
Cada una de estas medidas puede adoptarse por separado, pero juntas harían pasar la política de la sospecha hacia las trabajadoras sexuales a la colaboración con ellas, que es donde empieza una lucha eficaz contra la trata. ${org.shortName} está a su disposición para compartir su experiencia, comentar los proyectos de medidas y ayudar a incorporar a las trabajadoras sexuales al debate.

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
