<#--
  support, in French: the same letter as support.md.ftl, written in French for letters whose
  locale is fr (fr-FR, fr-CA, ...). Write occasion, subject, closing and custom paragraphs in
  French too. Without a salutation in the letter it greets the recipient by office and
  honorific through i18n/salutations.fr.ftl ("Monsieur le Secrétaire général,", "Madame la
  Ministre,"), else "Madame, Monsieur,". Every argument prints in French
  (arguments/<id>.fr.md); one that has no French text stops the letter unless it says
  `fallback: en`.
-->
<#import "/lib/letter.ftl" as l>
<#import "/i18n/salutations.fr.ftl" as t>
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
${l.Introduced} salue <#if letter.occasion??>${letter.occasion}<#else>votre engagement en faveur des droits humains des travailleuses et travailleurs du sexe</#if>. <#if org.experienceYears?? && org.services??>Depuis ${org.experienceYears} ans, notre action consiste à ${org.services}, et cette</#if><#if !(org.experienceYears?? && org.services??)>Notre</#if> expérience nous a convaincus que la décriminalisation complète du travail du sexe est juste à double titre : elle respecte les droits humains des personnes qui vendent des services sexuels, et elle aide celles qui ont été victimes de traite dans l'industrie du sexe.
</#if>

<#if paragraphs.record??>
${paragraphs.record} Nous vous demandons de continuer à écouter d'abord les personnes que ces lois touchent de plus près, travailleuses et travailleurs du sexe comme victimes de la traite : leur expérience est le guide le plus sûr de ce qui les protège.
</#if>

La traite des personnes est une violation grave, qui appelle des réponses fondées sur ce que vivent réellement les personnes exploitées. Personne ne devrait être contraint d'entrer ou de rester dans le travail du sexe, que ce soit par la force ou faute de toute autre possibilité, et la loi doit dire clairement que la traite, quel que soit le secteur de travail, est un crime. Les réponses durables renforcent le pouvoir des personnes sur leur propre vie et s'attaquent aux inégalités structurelles qui nourrissent l'exploitation ; le respect de l'autonomie de chacune et de chacun doit en être le cœur.

<@l.paragraph "before-arguments"/>
<@l.argumentList ["evidence", "request"]/>
<@l.paragraph "after-arguments"/>
<@l.concession>
Nous savons que cette position reste difficile pour beaucoup, y compris pour des personnes de bonne foi qui jugent le commerce du sexe néfaste en lui-même. Nous partageons leur souci de toutes les personnes exploitées. Nous divergeons sur le remède : la répression n'a pas protégé celles et ceux qu'elle prétend protéger, et elle a rendu leur vie plus dangereuse. Nous souhaitons poursuivre le dialogue avec qui ne partage pas notre avis, en écoutant d'abord les personnes les plus directement concernées.

</@l.concession>
<@l.argumentList ["commitment"]/>
${org.shortName} sait que l'on arrive dans le commerce du sexe pour des raisons très diverses, et nous défendons la dignité et les droits de toutes ces personnes. Nous continuerons à combattre la marginalisation qui pousse vers des situations d'exploitation, la stigmatisation qui réduit au silence et isole, et les discriminations qui ferment l'accès aux ressources et à d'autres emplois. Surtout, nous continuerons à placer la parole des personnes concernées au centre des débats qui décident de leur vie<#if recipient.organization??>, et nous nous réjouissons de compter ${recipient.organizationInText} parmi nos partenaires dans cet effort</#if>.

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
