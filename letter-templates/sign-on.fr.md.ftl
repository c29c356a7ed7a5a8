<#--
  sign-on, in French: the same coalition letter as sign-on.md.ftl, for letters whose locale is
  fr. It speaks as "nous, organisations signataires" throughout. The salutation comes from the
  recipient's title and honorific through i18n/salutations.fr.ftl, unless the letter writes its
  own.
-->
<#import "/lib/letter.ftl" as l>
<#import "/i18n/salutations.fr.ftl" as t>
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
Nous, organisations signataires<#if count gt 1>, au nombre de ${count}<#if signatories.countries gt 1> et venues de ${signatories.countries} pays</#if></#if>, dont la liste figure à la fin de cette lettre, vous écrivons ensemble au sujet <#if letter.occasion??>de ${letter.occasion}<#else>de la manière dont la loi traite le travail du sexe et la traite des personnes</#if>. Nous réunissons des associations dirigées par des travailleuses et travailleurs du sexe, des projets de santé et de terrain, des services juridiques et des organisations de lutte contre la traite. Nos points de départ diffèrent, mais notre travail quotidien nous a tous appris la même chose : lorsque vendre ou acheter des services sexuels est un délit, les personnes du commerce du sexe deviennent plus faciles à atteindre pour qui veut leur nuire, et plus difficiles à atteindre pour qui veut les aider, y compris les victimes de la traite.
</#if>

Nous sommes tous d'accord : la traite des personnes est un crime grave, qui doit faire l'objet d'enquêtes et de sanctions, dans le commerce du sexe comme dans tout autre secteur. Le travail du sexe entre adultes consentants est une autre réalité, et les lois qui confondent les deux échouent envers les uns comme envers les autres. Les raisons qui suivent s'appuient sur des recherches et sur l'expérience de nos membres<#if arguments?has_content> ; les sources figurent à la fin</#if>.

<@l.paragraph "before-arguments"/>
<@l.argumentList/>
<@l.paragraph "after-arguments"/>
Nous demandons que les personnes qui vendent des services sexuels, et les organisations qu'elles dirigent, aient voix au chapitre dans toute décision sur ces lois, de leur première rédaction jusqu'à l'évaluation de leurs effets. Les politiques conçues sans elles ont trop souvent rendu leur vie plus dangereuse.

Pour notre part, nous, signataires de cette lettre, nous engageons à poursuivre la lutte contre l'exploitation sous toutes ses formes, à continuer d'offrir des services sans jugement à toutes les personnes du commerce du sexe et à partager avec vous ce que nous apprenons. Nous serions heureux de vous rencontrer pour en discuter, et <#if org.email??>vous pouvez joindre l'ensemble de la coalition par l'intermédiaire de ${org.nameInText}, à l'adresse ${org.email}<#else>${org.nameInText} organisera volontiers cette rencontre au nom de toute la coalition</#if>.

<@l.paragraph "before-closing"/>
<@l.section "closing"/>
${org.closing},

<#assign closingLines = ["Les organisations signataires"]>
<#if org.signatory??>
<#assign closingLines += ["Coordination : " + org.signatory.name + (org.signatory.title??)?then(", " + org.signatory.title!, "") + ", " + org.name]>
<#else>
<#assign closingLines += ["Coordination : " + org.name]>
</#if>
<@l.lines closingLines/><#nt>

<@l.paragraph "postscript"/>
<@l.signatoryList/>
<@l.sourceList/>
