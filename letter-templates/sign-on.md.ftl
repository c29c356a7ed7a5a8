<#--
  sign-on: one letter signed by many organizations (a coalition letter). The organization file
  is the coordinating organization; the signatories come from the letter's signatories: list or
  file (a Google Forms export, say). Structure: letterhead, date, recipient, salutation, who
  signs and why, the chosen arguments, what the signers commit to, closing, the signatory list
  with its counts, sources.
-->
<#import "/lib/letter.ftl" as l>
<#assign count = signatories.count>
<@l.letterhead/>
<@l.date/>
<@l.recipientBlock/>
<@l.subject/>
<@l.body/>
${recipient.salutation}

<#if paragraphs.opening??>
${paragraphs.opening}
<#else>
We, the undersigned organizations<#if count gt 1>, ${count} in all<#if signatories.countries gt 1> from ${signatories.countries} countries</#if></#if>, listed at the end of this letter, write to you together about <#if letter.occasion??>${letter.occasion}<#else>how the law treats sex work and trafficking in persons</#if>. Among us are groups led by sex workers, health and outreach projects, legal services and organizations that work against trafficking. We come at this question from different places, yet our daily work has taught all of us the same lesson: when selling or buying sex is treated as a crime, the people in the sex trade become easier to harm and harder to reach, and that includes anyone who has been trafficked into it.
</#if>

We all agree that trafficking in persons is a serious crime that must be investigated and punished, in the sex trade and in every other kind of work. Sex work between consenting adults is a different thing, and laws that confuse the two fail both groups. The reasons below are drawn from research and from the experience of our members<#if arguments?has_content>; the sources are listed at the end</#if>.

<@l.paragraph "before-arguments"/>
<@l.argumentList/>
<@l.paragraph "after-arguments"/>
We ask that people who sell sex, and organizations led by them, have a real voice in any decision on these laws, from the first draft to the review of how they work in practice. Policies made without them have too often made their lives more dangerous.

For our part, the signers of this letter commit to keep working against exploitation in every form, to keep offering services without judgment to everyone in the sex trade, and to share what we learn with you. We would welcome a meeting to discuss these points, and <#if org.email??>you can reach the whole coalition through ${org.nameInText} at ${org.email}<#else>${org.nameInText?cap_first} will gladly arrange one on behalf of the whole coalition</#if>.

<@l.paragraph "before-closing"/>
<@l.section "closing"/>
${org.closing},

<#assign closingLines = ["The undersigned organizations"]>
<#if org.signatory??>
<#assign closingLines += ["Coordinated by " + org.signatory.name + (org.signatory.title??)?then(", " + org.signatory.title!, "") + ", " + org.name]>
<#else>
<#assign closingLines += ["Coordinated by " + org.name]>
</#if>
<@l.lines closingLines/><#nt>

<@l.paragraph "postscript"/>
<@l.signatoryList/>
<@l.sourceList/>
