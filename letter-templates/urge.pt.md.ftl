<#--
  urge, in Portuguese (Brazil): the same letter as urge.md.ftl, for letters whose locale is pt.
  Put the bill, with its number, in `occasion`, e.g. "o Projeto de Lei n.º 412". The salutation
  comes from the recipient's title and honorific through i18n/salutations.pt.ftl
  ("Excelentíssima Senhora Senadora Alvarez,"), unless the letter writes its own.
-->
<#import "/lib/letter.ftl" as l>
<#import "/i18n/salutations.pt.ftl" as t>
<#assign bill = letter.occasion!"este projeto de lei">
<@l.letterhead/>
<@l.date/>
<@l.recipientBlock courtesy=t.courtesy()/>
<@l.subject/>
<@l.body/>
${t.salutation()}

<#if paragraphs.opening??>
${paragraphs.opening}
<#else>
Escrevemos em nome de ${l.introduced}, como organização que atua no seu distrito<#if recipient.district??> (distrito ${recipient.district})</#if>, para pedir o seu voto a favor de ${bill}. <#if org.experienceYears?? && org.services??>Há ${org.experienceYears} anos nos dedicamos a ${org.services}, e esse trabalho nos mostrou<#else>Nosso trabalho nos mostrou</#if> o que o projeto mudaria para as pessoas que atendemos: elas poderiam procurar a polícia, os serviços de saúde e a nós mesmos sem antes pesar o risco de serem presas.
</#if>

O tráfico de pessoas é um crime grave, e nada em ${bill} enfraquece as leis que punem a força, a fraude e a coação. O que o projeto encerra é a perseguição de pessoas adultas que vendem ou compram serviços sexuais de comum acordo, uma prática que tornou as trabalhadoras sexuais mais fáceis de explorar e as vítimas de tráfico mais difíceis de encontrar.

<@l.paragraph "before-arguments"/>
<@l.argumentList/>
<@l.paragraph "after-arguments"/>
Por essas razões, pedimos que vote a favor de ${bill}<#if row.Committee??> e que, como integrante da Comissão de ${row.Committee}, ajude a levá-lo ao plenário</#if>. ${org.shortName} terá prazer em apresentar o tema a Vossa Excelência ou à sua equipe, e em organizar um encontro com trabalhadoras sexuais e agentes de campo do seu distrito, que podem explicar o que o projeto significaria para elas.

<@l.paragraph "before-closing"/>
<@l.signature/>
<@l.paragraph "postscript"/>
<@l.signatoryList/>
<@l.sourceList/>
