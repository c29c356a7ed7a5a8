<#--
  Salutations of French letters, built from the recipient's title and honorific: a letter to
  the "Secrétaire général" greets "Monsieur le Secrétaire général,", one to a minister with the
  honorific Mme greets "Madame la Ministre,". French greets by office, never by surname.

  `titles` is keyed by the start of the recipient's title, in lower case (the longest key that
  the title starts with wins, so "Ministre de la Justice" finds "ministre"). An entry gives the
  greeting for a man (M), a woman (F), or for anyone (any) when the title itself says which.
  `honorifics` tells a man from a woman. `courtesy` is set before the name in the address
  block. A library folder (--library DIR) can replace this file with its own
  i18n/salutations.fr.ftl. A letter that writes its own `salutation:` keeps it.
-->
<#assign titles = {
  "secrétaire général": {"any": "Monsieur le Secrétaire général"},
  "secrétaire générale": {"any": "Madame la Secrétaire générale"},
  "secrétaire d'état": {"M": "Monsieur le Secrétaire d'État", "F": "Madame la Secrétaire d'État"},
  "ministre": {"M": "Monsieur le Ministre", "F": "Madame la Ministre"},
  "premier ministre": {"any": "Monsieur le Premier ministre"},
  "première ministre": {"any": "Madame la Première ministre"},
  "président": {"any": "Monsieur le Président"},
  "présidente": {"any": "Madame la Présidente"},
  "directeur": {"any": "Monsieur le Directeur"},
  "directrice": {"any": "Madame la Directrice"},
  "sénateur": {"any": "Monsieur le Sénateur"},
  "sénatrice": {"any": "Madame la Sénatrice"},
  "député": {"any": "Monsieur le Député"},
  "députée": {"any": "Madame la Députée"},
  "maire": {"M": "Monsieur le Maire", "F": "Madame la Maire"},
  "ambassadeur": {"any": "Monsieur l'Ambassadeur"},
  "ambassadrice": {"any": "Madame l'Ambassadrice"},
  "commissaire": {"M": "Monsieur le Commissaire", "F": "Madame la Commissaire"},
  "rapporteur spécial": {"any": "Monsieur le Rapporteur spécial"},
  "rapporteuse spéciale": {"any": "Madame la Rapporteuse spéciale"},
  "juge": {"M": "Monsieur le Juge", "F": "Madame la Juge"},
  "préfet": {"any": "Monsieur le Préfet"},
  "préfète": {"any": "Madame la Préfète"}
}>
<#assign honorifics = {
  "M.": "M", "Monsieur": "M", "Mr.": "M", "Mr": "M",
  "Mme": "F", "Mme.": "F", "Madame": "F", "Mrs.": "F", "Ms.": "F", "Ms": "F"
}>
<#assign courtesies = {}>

<#-- The office entry for a title: the longest key the title starts with, or {}. -->
<#function officeOf title>
  <#local t = title?lower_case?replace("’", "'")>
  <#local best = "">
  <#list titles?keys as k>
    <#if (t == k || t?starts_with(k + " ")) && k?length gt best?length><#local best = k></#if>
  </#list>
  <#return best?has_content?then(titles[best], {})>
</#function>

<#-- The salutation line, with its comma. -->
<#function salutation>
  <#if recipient.salutationWritten><#return recipient.salutation></#if>
  <#local gender = honorifics[recipient.honorific!""]!"">
  <#local office = officeOf(recipient.title!"")>
  <#if office.any??><#return office.any + ","></#if>
  <#if gender?has_content && office[gender]??><#return office[gender] + ","></#if>
  <#if gender == "M"><#return "Monsieur,"></#if>
  <#if gender == "F"><#return "Madame,"></#if>
  <#return "Madame, Monsieur,">
</#function>

<#-- The courtesy title set before the recipient's name in the address, or "". -->
<#function courtesy>
  <#return courtesies[recipient.honorific!""]!"">
</#function>
