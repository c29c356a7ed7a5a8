<#--
  urge, in Spanish: the same letter as urge.md.ftl, for letters whose locale is es. Put the
  bill, with its number, in `occasion`, e.g. "la Ley de Salud y Seguridad Comunitaria (proyecto
  de ley 412 del Senado)". The salutation comes from the recipient's title and honorific through
  i18n/salutations.es.ftl ("Estimada Senadora Alvarez:"), unless the letter writes its own.
-->
<#import "/lib/letter.ftl" as l>
<#import "/i18n/salutations.es.ftl" as t>
<#assign bill = letter.occasion!"este proyecto de ley">
<@l.letterhead/>
<@l.date/>
<@l.recipientBlock courtesy=t.courtesy()/>
<@l.subject/>
<@l.body/>
${t.salutation()}

<#if paragraphs.opening??>
${paragraphs.opening}
<#else>
Le escribimos en nombre de ${l.introduced}, como organización que trabaja en su distrito<#if recipient.district??> (distrito ${recipient.district})</#if>, para pedirle que vote a favor de ${bill}. <#if org.experienceYears?? && org.services??>Desde hace ${org.experienceYears} años nos dedicamos a ${org.services}, y ese trabajo nos ha mostrado<#else>Nuestro trabajo nos ha mostrado</#if> lo que el proyecto cambiaría para las personas a las que atendemos: podrían acudir a la policía, a los servicios de salud y a nosotros sin tener que sopesar antes el riesgo de ser detenidas.
</#if>

La trata de personas es un delito grave, y nada de lo que dispone ${bill} debilita las leyes que castigan la fuerza, el fraude y la coacción. Lo que el proyecto termina es la persecución de personas adultas que venden o compran servicios sexuales de mutuo acuerdo, una práctica que ha hecho a las trabajadoras sexuales más fáciles de explotar y a las víctimas de trata más difíciles de encontrar.

<@l.paragraph "before-arguments"/>
<@l.argumentList/>
<@l.paragraph "after-arguments"/>
Por todas estas razones, le pedimos que vote a favor de ${bill}<#if row.Committee??> y que, como miembro de la Comisión de ${row.Committee}, ayude a que llegue al pleno</#if>. ${org.shortName} tendrá mucho gusto en informarle a usted o a su equipo, y en organizar un encuentro con trabajadoras sexuales y personal de acercamiento de su distrito que puedan explicarle lo que el proyecto significaría para ellas.

<@l.paragraph "before-closing"/>
<@l.signature/>
<@l.paragraph "postscript"/>
<@l.signatoryList/>
<@l.sourceList/>
