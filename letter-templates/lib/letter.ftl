<#--
  Macros shared by every letter template. Each prints one block of the letter as Markdown;
  every value is escaped by the Markdown output format, so data always prints literally.
-->
<#--
  Lines joined by Markdown hard line breaks (a backslash at the end of a line). It prints no
  final line break: callers end the line with <#nt>, since FreeMarker drops the line break of a
  line that holds only directives.
-->
<#--
  The sender as the letter first names it: its full name with its article, then its short name
  in parentheses ("the Sex Workers Project (SWP)"), so that later mentions of the short name
  read as the same organization. Use it once, at the first mention; `Introduced` is the same
  words at the start of a sentence.
-->
<#assign introduced = org.nameInText + (org.shortName != org.name)?then(" (" + org.shortName + ")", "")>
<#assign Introduced = introduced?cap_first>

<#macro lines items>
<#list items as item>${item}<#sep>\
</#sep></#list>
</#macro>

<#--
  Marks where a part of the letter starts, for writers that lay parts out differently (the PDF
  writer puts the letterhead at the top of page 1 and keeps the closing with the signature).
  An HTML comment: Markdown viewers do not show it. Parts: letterhead, date, recipient,
  references, subject, body, closing, signers, enclosures, cc, signatories, sources.
-->
<#macro section name>
<!-- advocate:section ${name} -->

</#macro>

<#-- The sender's name, address and contact details. -->
<#macro letterhead>
<@section "letterhead"/>
<#local contact = [org.email!, org.phone!, org.website!]?filter(x -> x?has_content)>
**${org.name}**<#if org.address?has_content || contact?has_content>\
<@lines org.address + contact?has_content?then([contact?join(" · ")], [])/></#if><#nt>

</#macro>

<#-- The letter's date, after the place it is written in when the letter names one. -->
<#macro date>
<@section "date"/>
<#if letter.place??>${msg("placeDate", {"place": letter.place, "date": letter.date})}<#else>${letter.date}</#if>

</#macro>

<#--
  The addressee: name, title, organization and address, one per line. `courtesy` is a title
  set before the name, such as "The Honorable".
-->
<#macro recipientBlock courtesy="">
<@section "recipient"/>
<#local items = []>
<#if recipient.name??><#local items += [courtesy?has_content?then(courtesy + " " + recipient.name, recipient.name)]></#if>
<#if recipient.title??><#local items += [recipient.title]></#if>
<#if recipient.organization??><#local items += [recipient.organization]></#if>
<#local items += recipient.address>
<#if recipient.countryLine??><#local items += [recipient.countryLine]></#if>
<#if items?has_content>
<@lines items/><#nt>

</#if>
<@references/>
</#macro>

<#--
  The references and the reply-by date, when the letter gives any: "Our ref.: ...", "Your ref.:
  ...", one per line.
-->
<#macro references>
<#local items = []>
<#if letter.ourReference??><#local items += [msg.ourReference + " " + letter.ourReference]></#if>
<#if letter.yourReference??><#local items += [msg.yourReference + " " + letter.yourReference]></#if>
<#if letter.replyBy??><#local items += [msg("replyBy", {"date": letter.replyBy})]></#if>
<#if items?has_content>
<@section "references"/>
<@lines items/><#nt>

</#if>
</#macro>

<#-- The subject line, when the letter has one. -->
<#macro subject>
<#if letter.subject??>
<@section "subject"/>
**${msg("subject", {"subject": letter.subject})}**

</#if>
</#macro>

<#-- Where the body of the letter starts: the salutation. -->
<#macro body>
<@section "body"/>
</#macro>

<#-- A custom paragraph of the letter file, when it has one for this position. -->
<#macro paragraph position>
<#if paragraphs[position]??>
${paragraphs[position]}

</#if>
</#macro>

<#--
  The chosen arguments, one block each, with their endnote numbers, in the order the endnotes
  are numbered: evidence and requests as the letter lists them, then the concession, then
  commitments. `roles` limits the list to arguments of those roles; a template that prints its
  arguments in more than one place passes the roles of each place, keeping that order.
-->
<#macro argumentList roles=[]>
<#list arguments as argument>
<#if !roles?has_content || roles?seq_contains(argument.role)>
${argument.body} ${argument.marker}

</#if>
</#list>
</#macro>

<#--
  The letter's one concession to those who disagree: the chosen argument that makes one, or,
  when none does, the template's own (the nested content). Never both.
-->
<#macro concession>
<#if arguments?filter(a -> a.role == "concession")?has_content>
<@argumentList ["concession"]/>
<#else>
<#nested>
</#if>
</#macro>

<#--
  The complimentary close and the signature block: the organization's signatory, or the letter's
  signers; then the enclosures and the copies.
-->
<#macro signature>
<@section "closing"/>
${org.closing},

<#if letter.signers?has_content>
<@signerBlocks/>
<#else>
<#local items = []>
<#if org.signatory??>
<#local items += [org.signatory.name]>
<#if org.signatory.title??><#local items += [org.signatory.title]></#if>
</#if>
<#local items += [org.name]>
<@lines items/><#nt>

</#if>
<@attachments/>
</#macro>

<#--
  The letter's signers, when it lists them: "On behalf of ..." when it says for whom they sign,
  then one paragraph per signer (name, title, organization), which the PDF sets side by side or
  stacked with room to sign above each.
-->
<#macro signerBlocks>
<#if letter.signers?has_content>
<#if letter.onBehalfOf??>
${msg("onBehalfOf", {"name": letter.onBehalfOf})}

</#if>
<@section "signers"/>
<#list letter.signers as s>
<#local items = [s.name]>
<#if s.title??><#local items += [s.title]></#if>
<#local items += [s.organization!org.name]>
<@lines items/><#nt>

</#list>
</#if>
</#macro>

<#--
  What the letter encloses and who gets a copy, when it says: "Enclosures:" and one item a line,
  then "cc:" and one name a line (with the e-mail address, when given). The copies are only
  printed: nothing is sent to anyone.
-->
<#macro attachments>
<#if letter.enclosures?has_content>
<@section "enclosures"/>
<@lines [msg("enclosures", {"count": letter.enclosures?size}) + ":"] + letter.enclosures/><#nt>

</#if>
<#if letter.cc?has_content>
<@section "cc"/>
<#local names = []>
<#list letter.cc as c><#local names += [(c.email??)?then(c.name + " (" + (c.email!"") + ")", c.name)]></#list>
<@lines [msg.cc + ": " + names?first] + names[1..]/><#nt>

</#if>
</#macro>

<#--
  The organizations that sign, when there are any: a heading with the counts, then the list.
  Grouped letters (group: in the letter file) get one short paragraph per group; long lists are
  run together in one paragraph so that they stay compact on paper. Lead signers come first and
  are set in bold.
-->
<#macro signatoryList>
<#if signatories.count gt 0>
<@section "signatories"/>
**${msg((signatories.countries gt 1)?then("signedByFrom", "signedBy"), {"count": signatories.count, "countries": signatories.countries})}**

<#if signatories.groups?has_content>
<#list signatories.groups as g>
**${g.name}:** <#list g.list as s><@signer s, (s.group!"") != (s.country!"")/><#sep>; </#sep></#list>.

</#list>
<#elseif signatories.count gt 15>
<#list signatories.list as s><@signer s, true/><#sep>; </#sep></#list>.

<#else>
<#list signatories.list as s>
- <@signer s, true/>
</#list>

</#if>
</#if>
</#macro>

<#-- One signatory: the organization (bold for a lead signer), then where it is. -->
<#macro signer s withCountry>
<#local place = [s.city!]>
<#if withCountry><#local place += [s.country!]></#if>
<#local place = place?filter(x -> x?has_content)>
<#if s.lead>**${s.organization}**<#else>${s.organization}</#if><#if place?has_content> (${place?join(", ")})</#if><#t>
</#macro>

<#--
  The words of the source list, from the letter's messages (i18n/messages.<language>.yaml). A
  template may pass its own. Kinds without a message ("kind.report") print as written in the
  argument file.
-->
<#assign sourceWords = {
  "heading": msg.sources, "unsigned": msg.sourceUnsigned, "undated": msg.sourceUndated,
  "notBefore": msg.sourceNotBefore
}>

<#--
  The numbered sources the arguments cite. Each states only what its document shows: the author
  it names (else "Unsigned"), its title (or a plain description), its kind, its date (else
  "undated", with the earliest date it can have been written when it names a datable event),
  and its address when known. The sender's own documents are never listed.
-->
<#macro sourceList words=sourceWords>
<#if sources?has_content>
<@section "sources"/>
---

**${words.heading}**

<#list sources as s>
<@sourceEntry s words/>
</#list>
</#if>
</#macro>

<#-- One numbered source. -->
<#macro sourceEntry s words=sourceWords>
${s.number}. ${s.author!words.unsigned}, <#if s.title??>*${s.title}*<#else>${s.description}</#if> (<#if s.kind??>${words[s.kind]!(msg["kind." + s.kind]!s.kind)}, </#if><#if s.date??>${s.date}<#elseif s.notBefore??>${words.undated}, ${words.notBefore} ${s.notBefore}<#else>${words.undated}</#if>).<#if s.url??> ${s.url}</#if>
</#macro>
