<#include "/etc/passwd">
