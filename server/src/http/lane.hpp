#pragma once

namespace numbase::http {

// Which of the server's thread pools runs a route (see ServerOptions).
enum class Lane {
  Api,    // the request workers: handlers that block on the database
  Files,  // uploads: reading a file (a preview, an import's checks) has a small pool of its own,
          // so that costly files never hold every request worker
  Probe,  // /healthz, /readyz: a thread of their own, answered whatever the others are doing
  Webhooks,  // PBXs' call events: many threads that mostly wait for their event's commit, so
             // that a PBX's burst neither waits behind the users' requests nor holds them up
};

}  // namespace numbase::http
