<#--
  sign-on, in Spanish: the same coalition letter as sign-on.md.ftl, for letters whose locale is
  es. It speaks as "las organizaciones abajo firmantes" throughout. The salutation comes from
  the recipient's title and honorific through i18n/salutations.es.ftl, unless the letter writes
  its own.
-->
<#import "/lib/letter.ftl" as l>
<#import "/i18n/salutations.es.ftl" as t>
<#assign count = signatories.count>
<@l.letterhead/>
<@l.date/>
<@l.recipientBlock/>
<@l.subject/>
<@l.body/>
${t.salutation()}

<#if paragraphs.opening??>
${paragraphs.opening}
<#else>
Las organizaciones abajo firmantes<#if count gt 1>, ${count} en total<#if signatories.countries gt 1> de ${signatories.countries} países</#if></#if>, que figuran al final de esta carta, le escribimos juntas sobre <#if letter.occasion??>${letter.occasion}<#else>la forma en que la ley trata el trabajo sexual y la trata de personas</#if>. Entre nosotras hay grupos dirigidos por trabajadoras sexuales, proyectos de salud y de acercamiento, servicios jurídicos y organizaciones que trabajan contra la trata. Llegamos a esta cuestión desde lugares distintos, pero nuestro trabajo diario nos ha enseñado a todas lo mismo: cuando vender o comprar servicios sexuales es delito, las personas del comercio sexual se vuelven más fáciles de dañar y más difíciles de alcanzar, incluidas las que han sido víctimas de trata.
</#if>

Todas coincidimos en que la trata de personas es un delito grave que debe investigarse y castigarse, en el comercio sexual y en cualquier otro tipo de trabajo. El trabajo sexual entre personas adultas que consienten es otra cosa, y las leyes que confunden ambos fallan a los dos grupos. Las razones que siguen se basan en investigaciones y en la experiencia de nuestros miembros<#if arguments?has_content>; las fuentes figuran al final</#if>.

<@l.paragraph "before-arguments"/>
<@l.argumentList/>
<@l.paragraph "after-arguments"/>
Pedimos que las personas que venden servicios sexuales, y las organizaciones que ellas dirigen, tengan una voz real en toda decisión sobre estas leyes, desde el primer borrador hasta la evaluación de sus efectos. Las políticas hechas sin ellas han vuelto su vida más peligrosa con demasiada frecuencia.

Por nuestra parte, las firmantes de esta carta nos comprometemos a seguir trabajando contra la explotación en todas sus formas, a seguir ofreciendo servicios sin prejuicios a todas las personas del comercio sexual y a compartir con usted lo que aprendamos. Nos alegraría reunirnos para hablar de estos puntos, y <#if org.email??>puede contactar con toda la coalición a través de ${org.nameInText}, en ${org.email}<#else>${org.nameInText} organizará con gusto ese encuentro en nombre de toda la coalición</#if>.

<@l.paragraph "before-closing"/>
<@l.section "closing"/>
${org.closing},

<#assign closingLines = ["Las organizaciones abajo firmantes"]>
<#if org.signatory??>
<#assign closingLines += ["Coordinación: " + org.signatory.name + (org.signatory.title??)?then(", " + org.signatory.title!, "") + ", " + org.name]>
<#else>
<#assign closingLines += ["Coordinación: " + org.name]>
</#if>
<@l.lines closingLines/><#nt>

<@l.paragraph "postscript"/>
<@l.signatoryList/>
<@l.sourceList/>
