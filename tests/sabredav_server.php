<?php
// A SabreDAV CalDAV server for the tests, run by `php -S 127.0.0.1:PORT` (tests/sabredav_server.py).
//
// The engine of Nextcloud, ownCloud and Baikal: principals, calendars and events on SQLite (PDO),
// one user with HTTP Basic authentication. The database (made by the fixture) is named by
// PLANEXPORT_SABRE_DB; nothing else is configured.

date_default_timezone_set('UTC');

// SabreDAV 1.8 predates PHP 8: its deprecation notices are not errors. Warnings are, so that the
// server answers them with 500 instead of writing them into a response.
error_reporting(E_ALL & ~E_DEPRECATED);
set_error_handler(function ($errno, $errstr, $errfile, $errline) {
    if (!(error_reporting() & $errno)) {
        return false;
    }
    throw new \ErrorException($errstr, 0, $errno, $errfile, $errline);
});

require_once 'Sabre/autoload.php';

/** Basic authentication against the users table's digest (md5 of "user:realm:password"). */
class PlanexportTestAuth extends \Sabre\DAV\Auth\Backend\AbstractBasic
{
    private $pdo;
    private $realm;

    public function __construct(\PDO $pdo, $realm)
    {
        $this->pdo = $pdo;
        $this->realm = $realm;
    }

    protected function validateUserPass($username, $password)
    {
        $stmt = $this->pdo->prepare('SELECT digesta1 FROM users WHERE username = ?');
        $stmt->execute(array($username));
        $digest = $stmt->fetchColumn();
        return $digest !== false
            && hash_equals($digest, md5($username . ':' . $this->realm . ':' . $password));
    }
}

$realm = 'SabreDAV';
$pdo = new \PDO('sqlite:' . getenv('PLANEXPORT_SABRE_DB'));
$pdo->setAttribute(\PDO::ATTR_ERRMODE, \PDO::ERRMODE_EXCEPTION);
// Several workers share the database: a writer waits for another's lock instead of failing.
$pdo->setAttribute(\PDO::ATTR_TIMEOUT, 30);

$principals = new \Sabre\DAVACL\PrincipalBackend\PDO($pdo);
$calendars = new \Sabre\CalDAV\Backend\PDO($pdo);
$server = new \Sabre\DAV\Server(array(
    new \Sabre\CalDAV\Principal\Collection($principals),
    new \Sabre\CalDAV\CalendarRootNode($principals, $calendars),
));
$server->setBaseUri('/');
$server->addPlugin(new \Sabre\DAV\Auth\Plugin(new PlanexportTestAuth($pdo, $realm), $realm));
$server->addPlugin(new \Sabre\DAVACL\Plugin());
$server->addPlugin(new \Sabre\CalDAV\Plugin());
$server->exec();
