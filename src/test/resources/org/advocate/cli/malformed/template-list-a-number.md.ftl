<#list 1 as x>${x}</#list>
