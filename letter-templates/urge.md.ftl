<#--
  urge: a letter asking a legislator to vote for a named bill, one letter per legislator (a
  batch over a recipients list). Put the bill, with its number, in `occasion`, e.g. "the
  Community Safety and Health Act (Senate Bill 412)"; to ask for a vote against a bill, use
  `oppose`. The greeting and the courtesy title before the name come from the recipient's
  honorific through i18n/salutations.en.ftl ("Sen." greets "Dear Senator Alvarez," and
  addresses "The Honorable Maria Alvarez"), unless the letter writes its own salutation.
  Structure: letterhead, date, recipient, salutation, the ask and the constituent link, the
  sender's credentials, the distinction between sex work and trafficking, the chosen
  arguments, the ask again with an offer to help, closing and signature, sources.
-->
<#import "/lib/letter.ftl" as l>
<#import "/i18n/salutations.en.ftl" as t>
<#assign bill = letter.occasion!"this bill">
<#assign office = t.offices[recipient.honorific!""]!{}>
<@l.letterhead/>
<@l.date/>
<@l.recipientBlock courtesy=office.courtesy!""/>
<@l.subject/>
<@l.body/>
<#if !recipient.salutationWritten && office.greeting?? && recipient.lastName??>
Dear ${office.greeting} ${recipient.lastName},
<#else>
${recipient.salutation}
</#if>

<#if paragraphs.opening??>
${paragraphs.opening}
<#else>
We write on behalf of ${l.introduced}, as an organization serving your district<#if recipient.district??> (District ${recipient.district})</#if>, to ask you to vote for ${bill}. <#if org.experienceYears?? && org.services??>For ${org.experienceYears} years we have been ${org.services}, and that work has shown us<#else>Our work has shown us</#if> what the bill would change for the people we serve: it would let them turn to the police, to health services and to us without first weighing the risk of arrest.
</#if>

Trafficking in persons is a serious crime, and nothing in ${bill} weakens the laws that punish force, fraud and coercion. What the bill ends is the prosecution of adults who sell or buy sex by mutual agreement, a practice that has made sex workers easier to exploit and people who are trafficked harder to find.

<@l.paragraph "before-arguments"/>
<@l.argumentList/>
<@l.paragraph "after-arguments"/>
For these reasons we ask you to vote yes on ${bill}<#if row.Committee??> and, as a member of the ${row.Committee} Committee, to help it reach the floor</#if>. ${org.shortName} would be glad to brief you or your staff, and to arrange a meeting with sex workers and outreach workers in your district who can speak to what the bill would mean for them.

<@l.paragraph "before-closing"/>
<@l.signature/>
<@l.paragraph "postscript"/>
<@l.signatoryList/>
<@l.sourceList/>
