<#--
  support, in Spanish: the same letter as support.md.ftl, written in Spanish for letters whose
  locale is es (es-ES, es-MX, ...). Write occasion, subject, closing and custom paragraphs in
  Spanish too. Without a salutation in the letter it greets the recipient by office and
  honorific through i18n/salutations.es.ftl ("Señor Secretario General:", "Estimada Senadora
  Alvarez:"), else "Estimados señores y señoras:". Every argument prints in Spanish
  (arguments/<id>.es.md); one that has no Spanish text stops the letter unless it says
  `fallback: en`.
-->
<#import "/lib/letter.ftl" as l>
<#import "/i18n/salutations.es.ftl" as t>
<@l.letterhead/>
<@l.date/>
<@l.recipientBlock/>
<#if letter.subject??>
<@l.section "subject"/>
**${msg("subject", {"subject": letter.subject})}**

</#if>
<@l.body/>
${t.salutation()}

<#if paragraphs.opening??>
${paragraphs.opening}
<#else>
${l.Introduced} celebra <#if letter.occasion??>${letter.occasion}<#else>su compromiso con los derechos humanos de las personas que ejercen el trabajo sexual</#if>. <#if org.experienceYears?? && org.services??>Desde hace ${org.experienceYears} años nos dedicamos a ${org.services}, y esa</#if><#if !(org.experienceYears?? && org.services??)>Nuestra</#if> experiencia nos ha convencido de que la despenalización total del trabajo sexual es acertada por dos razones: respeta los derechos humanos de quienes venden servicios sexuales y ayuda a quienes han sido víctimas de trata en la industria del sexo.
</#if>

<#if paragraphs.record??>
${paragraphs.record} Les pedimos que sigan escuchando primero a las personas a quienes estas leyes afectan más de cerca, trabajadoras y trabajadores sexuales y sobrevivientes de la trata por igual: su experiencia es la guía más segura de lo que las protege.
</#if>

La trata de personas es un abuso grave, y exige respuestas basadas en lo que viven de verdad las personas en situaciones de explotación. Nadie debería verse obligado a entrar o a permanecer en el trabajo sexual, ya sea por la fuerza o por falta de alternativas, y la ley debe afirmar sin ambigüedad que la trata de personas hacia cualquier tipo de trabajo es un delito. Las respuestas duraderas dan a las personas más control sobre su propia vida y atacan las desventajas estructurales en las que crece la explotación; el respeto de la autonomía de cada persona debe estar en su centro.

<@l.paragraph "before-arguments"/>
<@l.argumentList ["evidence", "request"]/>
<@l.paragraph "after-arguments"/>
<@l.concession>
Sabemos que esta postura sigue siendo difícil para muchas personas, incluidas personas de buena fe que consideran dañino en sí mismo el comercio sexual. Compartimos su preocupación por todas las personas explotadas. Donde discrepamos es en el remedio: el castigo no ha protegido a quienes dice proteger y ha hecho sus vidas más peligrosas. Queremos seguir dialogando con quienes no piensan como nosotros, escuchando primero a quienes más se juegan en este debate.

</@l.concession>
<@l.argumentList ["commitment"]/>
${org.shortName} sabe que las personas llegan al comercio sexual por razones muy distintas, y defendemos la dignidad y los derechos de todas ellas. Seguiremos trabajando para acabar con la marginación que empuja hacia la explotación, el estigma que silencia y aísla, y la discriminación que cierra el acceso a recursos y a otros empleos. Sobre todo, seguiremos poniendo la voz de las personas del comercio sexual en el centro de los debates que deciden sobre sus vidas<#if recipient.organization??>, y nos alegra contar con ${recipient.organizationInText} como aliada en ese esfuerzo</#if>.

<@l.paragraph "before-closing"/>
<@l.signature/>
<@l.paragraph "postscript"/>
<#if signatories.count gt 0>
<@l.section "signatories"/>
**${msg.signatories}**

<#list signatories.list as s>
- ${s.organization}<#if s.country??> (${s.country})</#if>
</#list>

</#if>
<@l.sourceList/>
