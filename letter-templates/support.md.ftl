<#--
  support: a letter applauding a decision or policy, after the Sex Workers Project's 2015
  letter to Amnesty International. Structure: letterhead, date, recipient, salutation,
  applause, the sender's credentials and position, the chosen arguments, an acknowledgement
  that the position is hard for some, commitments, closing and signature, sources.
-->
<#import "/lib/letter.ftl" as l>
<@l.letterhead/>
<@l.date/>
<@l.recipientBlock/>
<@l.subject/>
<@l.body/>
${recipient.salutation}

<#if paragraphs.opening??>
${paragraphs.opening}
<#else>
${l.Introduced} applauds <#if recipient.organization??>${recipient.organizationInText}'s<#else>your</#if> <#if letter.occasion??>${letter.occasion}<#else>commitment to the human rights of sex workers</#if>. <#if org.experienceYears?? && org.services??>For ${org.experienceYears} years we have been ${org.services}, and that</#if><#if !(org.experienceYears?? && org.services??)>Our</#if> work has persuaded us that the full decriminalization of sex work is right on two counts: it respects the human rights of the people who sell sex, and it helps those who have been trafficked into the sex trade.
</#if>

<#if paragraphs.record??>
${paragraphs.record} We ask you to keep listening first to the people these laws touch most closely, sex workers and survivors of trafficking alike: their experience is the surest guide to what protects them.
</#if>

Trafficking in persons is a grave abuse, and it calls for answers built on what people in exploitative situations actually live through. Nobody should be made to enter or stay in sex work, whether by force or by lack of any alternative, and the law should state plainly that trafficking anyone into any kind of labor is a crime. Lasting answers give people more power over their own lives and take on the structural disadvantages in which exploitation grows; respect for each person's autonomy and self-determination has to sit at their center.

<@l.paragraph "before-arguments"/>
<@l.argumentList ["evidence", "request"]/>
<@l.paragraph "after-arguments"/>
<@l.concession>
We know that this position is still a difficult one for many, including people of good faith who see the sex trade as harmful in itself. We share their concern for everyone who is exploited. Where we part ways is on the remedy: punishment has not protected the people it claims to protect, and it has made their lives more dangerous. We hope to keep talking with those who disagree with us, and to keep listening first to the people with most at stake.

</@l.concession>
<@l.argumentList ["commitment"]/>
${org.shortName} knows that people come to the sex trade for many different reasons, and we stand for the dignity and rights of all of them. We will keep working to end the marginalization that drives people into exploitative conditions, the stigma that silences and isolates them, and the discrimination that shuts them out of resources and other work. Above all, we will keep the voices of people in the sex trade at the center of the debates that shape their lives<#if recipient.organization??>, and we are glad to count ${recipient.organizationInText} as a partner in that effort</#if>.

<@l.paragraph "before-closing"/>
<@l.signature/>
<@l.paragraph "postscript"/>
<@l.signatoryList/>
<@l.sourceList/>
