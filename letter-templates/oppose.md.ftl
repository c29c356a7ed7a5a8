<#--
  oppose: a letter urging lawmakers to reject a bill, such as a bill that criminalizes the
  clients of sex workers and third parties (Canada's Bill C-36 of 2014 is the classic case).
  Put the bill in `occasion`, e.g. "Bill C-36". Structure: letterhead, date, recipient,
  salutation, the request to reject the bill and the sender's credentials, the shared aim
  of ending trafficking, the chosen arguments, what to do instead, an offer to meet,
  closing and signature, sources.
-->
<#import "/lib/letter.ftl" as l>
<#assign bill = letter.occasion!"this bill">
<@l.letterhead/>
<@l.date/>
<@l.recipientBlock/>
<@l.subject/>
<@l.body/>
${recipient.salutation}

<#if paragraphs.opening??>
${paragraphs.opening}
<#else>
${l.Introduced} urges you to oppose ${bill}. <#if org.experienceYears?? && org.services??>For ${org.experienceYears} years we have been ${org.services}. What we have learned in that work leaves us<#else>Our work leaves us</#if> in no doubt that the bill would make life more dangerous for the very people it says it will protect.
</#if>

We share the goal of ending trafficking in persons and every form of exploitation. That goal is not served by treating all commercial sex between adults as if it were trafficking. When the law blurs the two, police time and public money go into policing consenting adults, while people who are coerced find it harder to come forward and be believed.

<@l.paragraph "before-arguments"/>
<@l.argumentList/>
<@l.paragraph "after-arguments"/>
We therefore ask you to vote against ${bill}, and to support instead laws written with sex workers rather than about them: laws that decriminalize sex work, keep the offences of force, fraud and coercion fully in place, and give everyone in the sex trade the same protection from violence as anyone else.

${org.shortName} would welcome the chance to meet you<#if recipient.organization??> or to give evidence to ${recipient.organizationInText}</#if>, and to put you in touch with sex workers who can describe what laws like this one mean in practice.

<@l.paragraph "before-closing"/>
<@l.signature/>
<@l.paragraph "postscript"/>
<@l.signatoryList/>
<@l.sourceList/>
