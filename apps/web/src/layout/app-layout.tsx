import { useMutation } from '../graphql/use-mutation';
import { useApolloClient } from '@apollo/client/react';
import {
  AppShell,
  Burger,
  Group,
  Menu,
  NavLink as MantineNavLink,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Notifications } from '@mantine/notifications';
import '@mantine/notifications/styles.layer.css';
import {
  IconAdjustments,
  IconBooks,
  IconFileImport,
  IconBuilding,
  IconCalendarEvent,
  IconBulb,
  IconChartBar,
  IconChecklist,
  IconChevronDown,
  IconFlask,
  IconHome,
  IconSchool,
  IconLogout,
  IconMailExclamation,
  IconSettings,
  IconSitemap,
  IconUser,
  IconUsers,
} from '@tabler/icons-react';
import { Suspense } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { NotificationBell } from '../notifications';
import { LiveEventsProvider } from '../notifications';
import { SignOutMutation } from '../session/operations';
import { useSession, useSessionUser } from '../session/session-context';
import { LegalGate } from '../legal/legal-gate';
import { LanguageSwitch } from './language-switch';
import { PageLoader } from './page-state';
import { RouteErrorBoundary } from './route-error-boundary';

/** The signed-in frame: header with the bell, language and account menu; navigation by role. */
export function AppLayout() {
  const intl = useIntl();
  const user = useSessionUser()!;
  const { pathname } = useLocation();
  const [opened, { toggle, close }] = useDisclosure();
  const links = [
    { to: '/', label: intl.formatMessage({ id: 'nav.home' }), icon: IconHome, end: true },
    ...(user.can.review
      ? [
          { to: '/review', label: intl.formatMessage({ id: 'nav.review' }), icon: IconChecklist },
          {
            to: '/dashboard',
            label: intl.formatMessage({ id: 'nav.dashboard' }),
            icon: IconChartBar,
          },
          {
            to: '/meetings',
            label: intl.formatMessage({ id: 'nav.meetings' }),
            icon: IconCalendarEvent,
          },
          {
            to: '/cluster-settings',
            label: intl.formatMessage({ id: 'nav.clusterSettings' }),
            icon: IconAdjustments,
          },
          {
            to: '/member-import',
            label: intl.formatMessage({ id: 'nav.memberImport' }),
            icon: IconFileImport,
          },
          {
            to: '/institution-import',
            label: intl.formatMessage({ id: 'nav.institutionImport' }),
            icon: IconSchool,
          },
        ]
      : []),
    ...(user.can.postCapabilities
      ? [
          {
            to: '/research-profile',
            label: intl.formatMessage({ id: 'nav.researchProfile' }),
            icon: IconBooks,
          },
        ]
      : []),
    ...(user.can.administer
      ? [
          {
            to: '/admin/clusters',
            label: intl.formatMessage({ id: 'admin.clusters' }),
            icon: IconSitemap,
          },
          {
            to: '/admin/organizations',
            label: intl.formatMessage({ id: 'admin.organizations' }),
            icon: IconBuilding,
          },
          { to: '/admin/users', label: intl.formatMessage({ id: 'admin.users' }), icon: IconUsers },
          {
            to: '/admin/failed-emails',
            label: intl.formatMessage({ id: 'admin.failedEmails' }),
            icon: IconMailExclamation,
          },
        ]
      : []),
    { to: '/needs', label: intl.formatMessage({ id: 'nav.needs' }), icon: IconBulb },
    { to: '/capabilities', label: intl.formatMessage({ id: 'nav.capabilities' }), icon: IconFlask },
    {
      to: '/settings/notifications',
      label: intl.formatMessage({ id: 'nav.notificationSettings' }),
      icon: IconSettings,
    },
    { to: '/account', label: intl.formatMessage({ id: 'nav.account' }), icon: IconUser },
  ];
  return (
    <LiveEventsProvider>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding="md"
      >
        <Notifications position="top-right" />
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={intl.formatMessage({ id: 'nav.menu' })}
              />
              <Text component={Link} to="/" fw={700} c="dark" td="none">
                <Text span visibleFrom="sm" inherit>
                  <FormattedMessage id="app.name" />
                </Text>
                <Text span hiddenFrom="sm" inherit>
                  <FormattedMessage id="app.shortName" />
                </Text>
              </Text>
            </Group>
            <Group gap="xs" wrap="nowrap">
              <LanguageSwitch />
              <NotificationBell />
              <UserMenu name={user.fullName} organization={user.organization?.name} />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" aria-label={intl.formatMessage({ id: 'nav.label' })}>
          {links.map(({ to, label, icon: Icon, end }) => (
            <MantineNavLink
              key={to}
              component={NavLink}
              to={to}
              end={end}
              label={label}
              leftSection={<Icon size={18} aria-hidden />}
              variant="filled"
              onClick={close}
            />
          ))}
        </AppShell.Navbar>
        <AppShell.Main>
          <RouteErrorBoundary resetKey={pathname}>
            <Suspense fallback={<PageLoader />}>
              {user.legalDocumentsToAccept.length ? <LegalGate user={user} /> : <Outlet />}
            </Suspense>
          </RouteErrorBoundary>
        </AppShell.Main>
      </AppShell>
    </LiveEventsProvider>
  );
}

function UserMenu({ name, organization }: { name: string; organization?: string }) {
  const session = useSession();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut] = useMutation(SignOutMutation);
  const leave = async () => {
    await signOut().catch(() => undefined);
    session.end();
    await client.clearStore();
    void navigate('/sign-in', { replace: true });
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton>
          <Group gap={4} wrap="nowrap">
            <div>
              <Text size="sm" fw={600} lh={1.2} visibleFrom="sm">
                {name}
              </Text>
              {organization && (
                <Text size="xs" c="dimmed" lh={1.2} visibleFrom="sm">
                  {organization}
                </Text>
              )}
            </div>
            <VisuallyHidden hiddenFrom="sm">{name}</VisuallyHidden>
            <IconUser size={18} aria-hidden />
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to="/account" leftSection={<IconUser size={16} aria-hidden />}>
          <FormattedMessage id="nav.account" />
        </Menu.Item>
        <Menu.Item onClick={() => void leave()} leftSection={<IconLogout size={16} aria-hidden />}>
          <FormattedMessage id="account.signOut" />
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
