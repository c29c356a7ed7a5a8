<#--
  urge, in French: the same letter as urge.md.ftl, for letters whose locale is fr. Put the bill,
  with its number, in `occasion`, e.g. "la proposition de loi n° 412 relative à la santé et à
  la sécurité". The salutation comes from the recipient's title and honorific through
  i18n/salutations.fr.ftl ("Madame la Députée,"), unless the letter writes its own.
-->
<#import "/lib/letter.ftl" as l>
<#import "/i18n/salutations.fr.ftl" as t>
<#assign bill = letter.occasion!"ce texte">
<@l.letterhead/>
<@l.date/>
<@l.recipientBlock courtesy=t.courtesy()/>
<@l.subject/>
<@l.body/>
${t.salutation()}

<#if paragraphs.opening??>
${paragraphs.opening}
<#else>
Nous vous écrivons au nom de ${l.introduced}, en tant qu'organisation active dans votre circonscription<#if recipient.district??> (circonscription ${recipient.district})</#if>, pour vous demander de voter en faveur de ${bill}. <#if org.experienceYears?? && org.services??>Depuis ${org.experienceYears} ans, notre action consiste à ${org.services}, et cette expérience nous a montré<#else>Notre expérience nous a montré</#if> ce que ce texte changerait pour les personnes que nous accompagnons : elles pourraient s'adresser à la police, aux services de santé et à nous-mêmes sans devoir d'abord peser le risque d'une arrestation.
</#if>

La traite des personnes est un crime grave, et rien dans ${bill} n'affaiblit les lois qui punissent la force, la fraude et la contrainte. Ce que le texte abolit, ce sont les poursuites contre des adultes qui vendent ou achètent des services sexuels d'un commun accord, une pratique qui a rendu les travailleuses et travailleurs du sexe plus faciles à exploiter et les victimes de la traite plus difficiles à repérer.

<@l.paragraph "before-arguments"/>
<@l.argumentList/>
<@l.paragraph "after-arguments"/>
Pour toutes ces raisons, nous vous demandons de voter pour ${bill}<#if row.Committee??> et, en tant que membre de la commission ${row.Committee}, de contribuer à son inscription à l'ordre du jour</#if>. ${org.shortName} serait heureux de vous présenter ces questions, à vous ou à vos collaborateurs, et d'organiser une rencontre avec des travailleuses et travailleurs du sexe et des intervenants de terrain de votre circonscription, qui pourront vous dire ce que ce texte changerait pour eux.

<@l.paragraph "before-closing"/>
<@l.signature/>
<@l.paragraph "postscript"/>
<@l.signatoryList/>
<@l.sourceList/>
