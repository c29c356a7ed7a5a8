<#--
  oppose, in Spanish: the same letter as oppose.md.ftl, for letters whose locale is es. Put the
  bill in `occasion`, e.g. "el proyecto de ley C-36". The salutation comes from the recipient's
  title and honorific through i18n/salutations.es.ftl, unless the letter writes its own.
-->
<#import "/lib/letter.ftl" as l>
<#import "/i18n/salutations.es.ftl" as t>
<#assign bill = letter.occasion!"este proyecto de ley">
<@l.letterhead/>
<@l.date/>
<@l.recipientBlock/>
<@l.subject/>
<@l.body/>
${t.salutation()}

<#if paragraphs.opening??>
${paragraphs.opening}
<#else>
${l.Introduced} le pide que se oponga a ${bill}. <#if org.experienceYears?? && org.services??>Desde hace ${org.experienceYears} años nos dedicamos a ${org.services}. Lo que hemos aprendido en ese trabajo no nos deja<#else>Nuestro trabajo no nos deja</#if> ninguna duda de que el proyecto haría más peligrosa la vida de las mismas personas a las que dice proteger.
</#if>

Compartimos el objetivo de acabar con la trata de personas y con toda forma de explotación. Ese objetivo no se alcanza tratando todo el comercio sexual entre personas adultas como si fuera trata. Cuando la ley confunde ambas cosas, el tiempo de la policía y el dinero público se dedican a vigilar a personas adultas que consienten, mientras que a quienes sufren coacción les cuesta más dar un paso al frente y ser creídas.

<@l.paragraph "before-arguments"/>
<@l.argumentList/>
<@l.paragraph "after-arguments"/>
Por ello le pedimos que vote en contra de ${bill} y que apoye, en cambio, leyes escritas con las trabajadoras y los trabajadores sexuales y no sobre ellos: leyes que despenalicen el trabajo sexual, mantengan íntegros los delitos de fuerza, fraude y coacción, y den a todas las personas del comercio sexual la misma protección frente a la violencia que a cualquier otra.

${org.shortName} agradecería la oportunidad de reunirse con usted<#if recipient.organization??> o de comparecer ante ${recipient.organizationInText}</#if>, y de ponerle en contacto con trabajadoras sexuales que pueden describir lo que leyes como esta significan en la práctica.

<@l.paragraph "before-closing"/>
<@l.signature/>
<@l.paragraph "postscript"/>
<@l.signatoryList/>
<@l.sourceList/>
