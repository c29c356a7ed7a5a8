<#--
  Salutations of Portuguese (Brazilian) letters, built from the recipient's title and
  honorific: a letter to the "Secretário-Geral" greets "Senhor Secretário-Geral,", one to a
  senator with the title "Senadora" greets "Excelentíssima Senhora Senadora Alvarez,".

  `titles` is keyed by the start of the recipient's title, in lower case (the longest key that
  the title starts with wins). An entry gives the greeting for a man (M), a woman (F), or for
  anyone (any) when the title itself says which; `name: true` adds the surname. `honorifics`
  tells a man from a woman. A library folder (--library DIR) can replace this file with its
  own i18n/salutations.pt.ftl. A letter that writes its own `salutation:` keeps it.
-->
<#assign titles = {
  "secretário-geral": {"any": "Senhor Secretário-Geral"},
  "secretário geral": {"any": "Senhor Secretário-Geral"},
  "secretária-geral": {"any": "Senhora Secretária-Geral"},
  "secretária geral": {"any": "Senhora Secretária-Geral"},
  "ministro": {"any": "Senhor Ministro"},
  "ministra": {"any": "Senhora Ministra"},
  "presidente": {"M": "Senhor Presidente", "F": "Senhora Presidenta"},
  "presidenta": {"any": "Senhora Presidenta"},
  "diretor": {"any": "Senhor Diretor"},
  "diretora": {"any": "Senhora Diretora"},
  "senador": {"any": "Excelentíssimo Senhor Senador", "name": true},
  "senadora": {"any": "Excelentíssima Senhora Senadora", "name": true},
  "deputado": {"any": "Excelentíssimo Senhor Deputado", "name": true},
  "deputada": {"any": "Excelentíssima Senhora Deputada", "name": true},
  "vereador": {"any": "Excelentíssimo Senhor Vereador", "name": true},
  "vereadora": {"any": "Excelentíssima Senhora Vereadora", "name": true},
  "prefeito": {"any": "Excelentíssimo Senhor Prefeito"},
  "prefeita": {"any": "Excelentíssima Senhora Prefeita"},
  "embaixador": {"any": "Senhor Embaixador"},
  "embaixadora": {"any": "Senhora Embaixadora"},
  "relator especial": {"any": "Senhor Relator Especial"},
  "relatora especial": {"any": "Senhora Relatora Especial"}
}>
<#assign honorifics = {
  "Sr.": "M", "Sr": "M", "Senhor": "M", "Dr.": "M", "Mr.": "M",
  "Sra.": "F", "Sra": "F", "Senhora": "F", "Dra.": "F", "Mrs.": "F", "Ms.": "F"
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

<#-- The salutation line, with its comma. -->
<#function salutation>
  <#if recipient.salutationWritten><#return recipient.salutation></#if>
  <#local h = recipient.honorific!"">
  <#local office = officeOf(recipient.title!"")>
  <#local gender = honorifics[h]!"">
  <#local last = recipient.lastName???then(" " + recipient.lastName, "")>
  <#if office.any??><#return office.any + office.name???then(last, "") + ","></#if>
  <#if gender?has_content && office[gender]??><#return office[gender] + ","></#if>
  <#if gender == "M" && recipient.lastName??><#return "Prezado " + h + " " + recipient.lastName + ","></#if>
  <#if gender == "F" && recipient.lastName??><#return "Prezada " + h + " " + recipient.lastName + ","></#if>
  <#return "Prezados senhores e senhoras,">
</#function>

<#-- The courtesy title set before the recipient's name in the address, or "". -->
<#function courtesy>
  <#return courtesies[recipient.honorific!""]!"">
</#function>
