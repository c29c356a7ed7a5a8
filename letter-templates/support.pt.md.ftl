<#--
  support, in Portuguese (Brazil): the same letter as support.md.ftl, for letters whose locale
  is pt (pt-BR, pt-PT, ...). Write occasion, subject, closing and custom paragraphs in
  Portuguese too. Without a salutation in the letter it greets the recipient by office and
  honorific through i18n/salutations.pt.ftl ("Senhor Secretário-Geral,"), else "Prezados
  senhores e senhoras,". Every argument prints in Portuguese (arguments/<id>.pt.md); one that
  has no Portuguese text stops the letter unless it says `fallback: en`.
-->
<#import "/lib/letter.ftl" as l>
<#import "/i18n/salutations.pt.ftl" as t>
<@l.letterhead/>
<@l.date/>
<@l.recipientBlock/>
<@l.subject/>
<@l.body/>
${t.salutation()}

<#if paragraphs.opening??>
${paragraphs.opening}
<#else>
${l.Introduced} saúda <#if letter.occasion??>${letter.occasion}<#else>o seu compromisso com os direitos humanos das trabalhadoras e dos trabalhadores sexuais</#if>. <#if org.experienceYears?? && org.services??>Há ${org.experienceYears} anos nos dedicamos a ${org.services}, e essa</#if><#if !(org.experienceYears?? && org.services??)>Nossa</#if> experiência nos convenceu de que a descriminalização total do trabalho sexual é acertada por duas razões: respeita os direitos humanos de quem vende serviços sexuais e ajuda as pessoas que foram vítimas de tráfico na indústria do sexo.
</#if>

<#if paragraphs.record??>
${paragraphs.record} Pedimos que continuem a ouvir em primeiro lugar as pessoas que essas leis atingem mais de perto, trabalhadoras sexuais e sobreviventes do tráfico de pessoas: a experiência delas é o guia mais seguro do que as protege.
</#if>

O tráfico de pessoas é uma violação grave e exige respostas baseadas no que vivem de fato as pessoas em situação de exploração. Ninguém deveria ser obrigado a entrar ou permanecer no trabalho sexual, seja pela força, seja pela falta de alternativas, e a lei deve afirmar com clareza que o tráfico de pessoas para qualquer tipo de trabalho é crime. As respostas duradouras dão às pessoas mais poder sobre a própria vida e enfrentam as desigualdades estruturais em que a exploração cresce; o respeito à autonomia de cada pessoa deve estar no centro delas.

<@l.paragraph "before-arguments"/>
<@l.argumentList ["evidence", "request"]/>
<@l.paragraph "after-arguments"/>
<@l.concession>
Sabemos que esta posição ainda é difícil para muitas pessoas, inclusive pessoas de boa-fé que consideram o comércio sexual prejudicial em si mesmo. Compartilhamos a preocupação delas com todas as pessoas exploradas. Divergimos quanto ao remédio: a punição não protegeu quem diz proteger e tornou a vida dessas pessoas mais perigosa. Queremos continuar dialogando com quem discorda de nós, ouvindo primeiro as pessoas mais diretamente afetadas.

</@l.concession>
<@l.argumentList ["commitment"]/>
${org.shortName} sabe que as pessoas chegam ao comércio sexual por razões muito diversas, e defendemos a dignidade e os direitos de todas elas. Continuaremos a combater a marginalização que empurra as pessoas para situações de exploração, o estigma que silencia e isola, e a discriminação que fecha o acesso a recursos e a outros trabalhos. Acima de tudo, continuaremos a colocar a voz das pessoas do comércio sexual no centro dos debates que decidem a vida delas<#if recipient.organization??>, e temos a satisfação de contar com ${recipient.organizationInText} como parceira nesse esforço</#if>.

<@l.paragraph "before-closing"/>
<@l.signature/>
<@l.paragraph "postscript"/>
<@l.signatoryList/>
<@l.sourceList/>
