<#--
  recommendations: a letter urging a government to adopt a list of recommendations. By
  default the list is the ten recommendations of the Global Network of Sex Work Projects
  (NSWP) in its Community Guide on anti-trafficking laws and sex workers, restated in our own
  words and cited as an endnote. `occasion` may name what prompts the letter, e.g. "the
  review of the national action plan against trafficking". Structure: letterhead, date,
  recipient, salutation, the request, the numbered recommendations, the chosen arguments
  in support, an offer to help, closing and signature, sources.
-->
<#import "/lib/letter.ftl" as l>
<#assign nswp = {
  "author": "Global Network of Sex Work Projects (NSWP)",
  "title": "The Impact of Anti-trafficking Legislation and Initiatives on Sex Workers",
  "kind": "guide",
  "url": "http://www.nswp.org"
}>
<#assign recommendations = [
  "Stop rescue raids now, and end programmes that hold sex workers in compulsory \"rehabilitation\".",
  "Lift the bans on advertising sex work.",
  "Build the prevention of trafficking and exploitation in the sex industry on the rights of workers and on human rights.",
  "Treat sex work and trafficking, and migration and trafficking, as separate matters in law and policy.",
  "Decriminalize every aspect of sex work.",
  "Give sex workers, migrant and mobile sex workers among them, a real part in shaping anti-trafficking laws, policies and programmes.",
  "Fund organizations led by sex workers so that they can build and widen their own work against trafficking and exploitation in sex work.",
  "Open safe, legal and fair routes for sex workers who migrate for work.",
  "Ensure that sex workers can obtain credit, loans, savings accounts and other financial services and jobs without discrimination.",
  "Develop a way to assess what governments do against trafficking that does not depend on the United States' Trafficking in Persons (TIP) report."
]>
<#--
  Endnotes are numbered by first appearance, and the guide is cited (in the list of
  recommendations) before any argument: it is number 1, and the arguments' sources follow in
  their own order. `k` is the number the arguments gave the guide, 0 when none cites it.
-->
<#assign cited = sources?filter(s -> (s.title!"") == nswp.title && (s.author!"") == nswp.author)>
<#assign k = cited?has_content?then(cited[0].number, 0)>
<#function renumber n>
<#return (n == k)?then(1, (k == 0 || n < k)?then(n + 1, n))>
</#function>
<@l.letterhead/>
<@l.date/>
<@l.recipientBlock/>
<@l.subject/>
<@l.body/>
${recipient.salutation}

<#if paragraphs.opening??>
${paragraphs.opening}
<#else>
${l.Introduced} writes to urge <#if recipient.organization??>${recipient.organizationInText}<#else>you</#if> to adopt the recommendations below<#if letter.occasion??> as part of ${letter.occasion}</#if>. <#if org.experienceYears?? && org.services??>For ${org.experienceYears} years we have been ${org.services}, and that</#if><#if !(org.experienceYears?? && org.services??)>Our</#if> work has shown us that measures against trafficking succeed only when they protect the rights of sex workers instead of treating them as a problem to be removed.
</#if>

The recommendations were drawn up by the Global Network of Sex Work Projects (NSWP) from the experience of sex worker-led organizations around the world, and we restate them here in our own words: [1]

<#list recommendations as r>
${r?counter}. ${r}
</#list>

<@l.paragraph "before-arguments"/>
<#list arguments as argument>
${argument.body}<#if argument.numbers?has_content> [${argument.numbers?map(n -> renumber(n))?sort?join(", ")}]</#if>

</#list>
<@l.paragraph "after-arguments"/>
Each of these steps can be taken on its own, but together they would move policy from suspicion of sex workers to partnership with them, which is where effective work against trafficking begins. ${org.shortName} stands ready to share its experience, to comment on draft measures, and to help bring sex workers into the discussion.

<@l.paragraph "before-closing"/>
<@l.signature/>
<@l.paragraph "postscript"/>
<@l.signatoryList/>
<@l.section "sources"/>
---

**${msg.sources}**

<@l.sourceEntry nswp + {"number": 1}/>
<#list sources?filter(s -> s.number != k) as s>
<@l.sourceEntry s + {"number": renumber(s.number)}/>
</#list>
