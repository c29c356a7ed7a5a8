<#--
  Salutations of Spanish letters, built from the recipient's title and honorific, ending with a
  colon as Spanish letters do: a letter to the "Secretario General" greets "Señor Secretario
  General:", one to a senator with the honorific Sen. or the title "Senadora" greets "Estimada
  Senadora Alvarez:".

  `titles` is keyed by the start of the recipient's title, in lower case (the longest key that
  the title starts with wins). An entry gives the greeting for a man (M), a woman (F), or for
  anyone (any) when the title itself says which; `name: true` adds the surname, as Spanish does
  for legislators. `honorifics` tells a man from a woman, and some honorifics are offices too
  (Sen., Dip.). `courtesies` is set before the name in the address block ("Excmo. Sr."). A
  library folder (--library DIR) can replace this file with its own i18n/salutations.es.ftl.
  A letter that writes its own `salutation:` keeps it.
-->
<#assign titles = {
  "secretario general": {"any": "Señor Secretario General"},
  "secretaria general": {"any": "Señora Secretaria General"},
  "ministro": {"any": "Señor Ministro"},
  "ministra": {"any": "Señora Ministra"},
  "presidente": {"M": "Señor Presidente", "F": "Señora Presidenta"},
  "presidenta": {"any": "Señora Presidenta"},
  "director": {"any": "Señor Director"},
  "directora": {"any": "Señora Directora"},
  "senador": {"any": "Estimado Senador", "name": true},
  "senadora": {"any": "Estimada Senadora", "name": true},
  "diputado": {"any": "Estimado Diputado", "name": true},
  "diputada": {"any": "Estimada Diputada", "name": true},
  "alcalde": {"any": "Señor Alcalde"},
  "alcaldesa": {"any": "Señora Alcaldesa"},
  "embajador": {"any": "Señor Embajador"},
  "embajadora": {"any": "Señora Embajadora"},
  "relator especial": {"any": "Señor Relator Especial"},
  "relatora especial": {"any": "Señora Relatora Especial"},
  "juez": {"any": "Señor Juez"},
  "jueza": {"any": "Señora Jueza"}
}>
<#assign honorifics = {
  "Sr.": "M", "Sr": "M", "Señor": "M", "Don": "M", "D.": "M", "Dr.": "M", "Mr.": "M",
  "Sra.": "F", "Sra": "F", "Srta.": "F", "Señora": "F", "Doña": "F", "Dña.": "F", "Dra.": "F",
  "Mrs.": "F", "Ms.": "F"
}>
<#-- Honorifics that are offices: "Sen." with a woman's title reads "Senadora". -->
<#assign offices = {
  "Sen.": {"M": "Estimado Senador", "F": "Estimada Senadora"},
  "Senador": {"M": "Estimado Senador"},
  "Senadora": {"F": "Estimada Senadora"},
  "Dip.": {"M": "Estimado Diputado", "F": "Estimada Diputada"},
  "Diputado": {"M": "Estimado Diputado"},
  "Diputada": {"F": "Estimada Diputada"}
}>
<#assign courtesies = {}>

<#-- The office entry for a title: the longest key the title starts with, or {}. -->
<#function officeOf title>
  <#local t = title?lower_case>
  <#local best = "">
  <#list titles?keys as k>
    <#if (t == k || t?starts_with(k + " ")) && k?length gt best?length><#local best = k></#if>
  </#list>
  <#return best?has_content?then(titles[best], {})>
</#function>

<#-- The salutation line, with its colon. -->
<#function salutation>
  <#if recipient.salutationWritten><#return recipient.salutation></#if>
  <#local h = recipient.honorific!"">
  <#local office = officeOf(recipient.title!"")>
  <#local gender = honorifics[h]!"">
  <#if !gender?has_content && offices[h]??>
    <#local gender = (offices[h]?keys?size == 1)?then(offices[h]?keys[0], "")>
  </#if>
  <#if !gender?has_content && office.name?? && office.any??>
    <#local gender = office.any?starts_with("Estimada")?then("F", "M")>
  </#if>
  <#local last = recipient.lastName???then(" " + recipient.lastName, "")>
  <#if offices[h]?? && offices[h][gender]??><#return offices[h][gender] + last + ":"></#if>
  <#if office.any??><#return office.any + office.name???then(last, "") + ":"></#if>
  <#if gender?has_content && office[gender]??><#return office[gender] + ":"></#if>
  <#if gender == "M" && recipient.lastName??><#return "Estimado " + h + " " + recipient.lastName + ":"></#if>
  <#if gender == "F" && recipient.lastName??><#return "Estimada " + h + " " + recipient.lastName + ":"></#if>
  <#return "Estimados señores y señoras:">
</#function>

<#-- The courtesy title set before the recipient's name in the address, or "". -->
<#function courtesy>
  <#return courtesies[recipient.honorific!""]!"">
</#function>
