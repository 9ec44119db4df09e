#pragma once

#include <QByteArray>

/// MongoDB's Okta template (custom-jwt-okta-config-template.json) as App Services writes it, for
/// https://dev-123456.okta.com and the default authorization server.
inline QByteArray oktaTemplateFile()
{
    return QByteArray("{\n"
                      "    \"custom-token\": {\n"
                      "        \"name\": \"custom-token\",\n"
                      "        \"type\": \"custom-token\",\n"
                      "        \"disabled\": false,\n"
                      "        \"config\": {\n"
                      "            \"audience\": [],\n"
                      "            \"jwkURI\": \"https://dev-123456.okta.com/oauth2/default/v1/keys\",\n"
                      "            \"useJWKURI\": true\n"
                      "        },\n"
                      "        \"secret_config\": {\n"
                      "            \"signingKeys\": []\n"
                      "        },\n"
                      "        \"metadata_fields\": []\n"
                      "    }\n"
                      "}\n");
}
