<#--
  oppose, in French: the same letter as oppose.md.ftl, for letters whose locale is fr. Put the
  bill in `occasion`, e.g. "le projet de loi C-36". The salutation comes from the recipient's
  title and honorific through i18n/salutations.fr.ftl, unless the letter writes its own.
-->
<#import "/lib/letter.ftl" as l>
<#import "/i18n/salutations.fr.ftl" as t>
<#assign bill = letter.occasion!"ce texte">
<@l.letterhead/>
<@l.date/>
<@l.recipientBlock/>
<@l.subject/>
<@l.body/>
${t.salutation()}

<#if paragraphs.opening??>
${paragraphs.opening}
<#else>
${l.Introduced} vous demande de vous opposer à ${bill}. <#if org.experienceYears?? && org.services??>Depuis ${org.experienceYears} ans, notre action consiste à ${org.services}. Ce que nous avons appris ne nous laisse<#else>Notre expérience ne nous laisse</#if> aucun doute : ce texte rendrait la vie plus dangereuse pour les personnes mêmes qu'il prétend protéger.
</#if>

Nous partageons l'objectif de mettre fin à la traite des personnes et à toutes les formes d'exploitation. Cet objectif n'est pas servi lorsqu'on traite tout commerce sexuel entre adultes comme s'il s'agissait de traite. Quand la loi confond les deux, le temps de la police et l'argent public servent à surveiller des adultes consentants, tandis que les personnes victimes de contrainte ont plus de mal à se manifester et à être crues.

<@l.paragraph "before-arguments"/>
<@l.argumentList/>
<@l.paragraph "after-arguments"/>
Nous vous demandons donc de voter contre ${bill} et de soutenir plutôt des lois écrites avec les travailleuses et travailleurs du sexe, et non à leur sujet : des lois qui décriminalisent le travail du sexe, maintiennent pleinement les infractions de force, de fraude et de contrainte, et accordent à chaque personne du secteur la même protection contre la violence qu'à quiconque.

${org.shortName} serait heureux de vous rencontrer<#if recipient.organization??> ou de témoigner devant ${recipient.organizationInText}</#if>, et de vous mettre en relation avec des travailleuses et travailleurs du sexe qui peuvent décrire ce que de telles lois signifient en pratique.

<@l.paragraph "before-closing"/>
<@l.signature/>
<@l.paragraph "postscript"/>
<@l.signatoryList/>
<@l.sourceList/>
