// Course Companion on Azure: one Linux App Service (Node 20) running the bot and the tabs, an Azure Bot
// that authenticates with a user-assigned managed identity (no client secret anywhere), and the
// Microsoft Teams channel. Deployed by `arm/deploy` in m365agents.yml with azure.parameters.json;
// every output is written back to env/.env.<env> (name upper-cased, e.g. BOT_DOMAIN).
// Nothing here stores data about people: the tenant registry is a file, and the one storage account
// holds only anonymous usage counters (tenant ID, UTC day, event, key, count; docs/privacy.md).

@maxLength(20)
@minLength(4)
@description('Base of every resource name (letters and digits).')
param resourceBaseName string

@description('App Service plan size, e.g. B1 or P0v3.')
param webAppSKU string = 'B1'

@maxLength(42)
@description('Display name of the Azure Bot.')
param botDisplayName string

@description('Tenant registry file, relative to the deployed app folder (TENANTS_FILE).')
param tenantsFile string

@description('Teams app id (TEAMS_APP_ID), used by the app to build deep links to its tabs.')
param teamsAppId string = ''

@description('Client id of the tab\'s Entra app for SSO (AAD_APP_CLIENT_ID); empty when SSO is off.')
param aadAppClientId string = ''

@description('Tenant of that Entra app (AAD_APP_TENANT_ID); empty for a multi-tenant app.')
param aadAppTenantId string = ''

param location string = resourceGroup().location
param identityName string = resourceBaseName
param serverfarmsName string = resourceBaseName
param webAppName string = resourceBaseName
param botServiceName string = resourceBaseName
@description('Storage account of the anonymous usage counters (3-24 lower-case letters and digits).')
param storageAccountName string = toLower('${resourceBaseName}st')

// The bot's identity: Bot Framework tokens are requested with it, so there is no BOT_PASSWORD to keep.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: identityName
  location: location
}

// Linux plan: `reserved: true` is what makes an App Service plan Linux.
resource serverfarm 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: serverfarmsName
  location: location
  kind: 'linux'
  sku: {
    name: webAppSKU
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'npm start'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
    }
  }
}

// Usage counters: Azure Table Storage, shared by every instance of the web app (SQLite's WAL mode
// needs a local disk, and /home is a network share). Shared keys are off: the app writes with the
// managed identity, which gets "Storage Table Data Contributor" on this account only.
resource usageStorage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource usageTableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: usageStorage
  name: 'default'
}

resource usageTable 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = {
  parent: usageTableService
  name: 'usagecounts'
}

var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
resource usageTableAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: usageStorage
  name: guid(usageStorage.id, identity.id, storageTableDataContributor)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// App settings in their own resource so they can use the site's host name. PORT is not set:
// App Service gives a Node.js app its port in PORT itself. DATA_DIR (on /home, App Service's
// persistent storage) is used only if STORAGE is switched back to sqlite for a single instance.
resource webAppSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'appsettings'
  properties: {
    WEBSITE_RUN_FROM_PACKAGE: '1'
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
    NODE_ENV: 'production'
    DATA_DIR: '/home/data/course-companion'
    STORAGE: 'azure-tables'
    AZURE_TABLES_ACCOUNT_URL: usageStorage.properties.primaryEndpoints.table
    AZURE_TABLES_TABLE: usageTable.name
    AZURE_CLIENT_ID: identity.properties.clientId
    BOT_ID: identity.properties.clientId
    BOT_TYPE: 'UserAssignedMsi'
    BOT_TENANT_ID: identity.properties.tenantId
    TENANTS_FILE: tenantsFile
    TEAMS_APP_ID: teamsAppId
    TAB_ENDPOINT: 'https://${webApp.properties.defaultHostName}'
    AAD_APP_CLIENT_ID: aadAppClientId
    AAD_APP_TENANT_ID: aadAppTenantId
  }
}

// The Azure Bot registration: Teams sends activities to https://<web app host>/api/messages.
resource botService 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botServiceName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'F0'
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: botService
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

// Written to env/.env.<env> by arm/deploy; the app package and the deploy step read them.
output AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output TAB_DOMAIN string = webApp.properties.defaultHostName
output TAB_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
